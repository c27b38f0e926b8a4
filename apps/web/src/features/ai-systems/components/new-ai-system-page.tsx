// Adds an AI system to the inventory, then opens it.
import { Paper } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { NewAiSystemForm } from './new-ai-system-form.tsx';

export function NewAiSystemPage() {
  const { orgId, can } = useCurrentOrg();
  const navigate = useNavigate();
  const back = (
    <AnchorLink to="/orgs/$orgId/ai-systems" params={{ orgId }} size="sm">
      ← AI systems
    </AnchorLink>
  );
  if (!can('ai_system:create')) {
    return (
      <>
        <PageHeader title="New AI system" eyebrow={back} />
        <EmptyState
          title="Your role cannot add AI systems"
          description="Ask an owner, admin, manager or contributor to add it."
        />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="New AI system"
        eyebrow={back}
        description="Record what the system is for; you can complete the rest later."
      />
      <Paper withBorder p="lg" radius="md">
        <NewAiSystemForm
          orgId={orgId}
          submitLabel="Save"
          alertMb="md"
          onCreated={(sys) =>
            void navigate({ to: '/orgs/$orgId/ai-systems/$id', params: { orgId, id: sys.id } })
          }
        />
      </Paper>
    </>
  );
}
