// Adds an AI system to the inventory, then opens it.
import { Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { applyFieldErrors } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useCreateAiSystem } from '../api/create-ai-system.ts';
import { AiSystemForm, EMPTY_AI_SYSTEM } from './ai-system-form.tsx';

export function NewAiSystemPage() {
  const { orgId, can } = useCurrentOrg();
  const create = useCreateAiSystem(orgId);
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
        <ErrorAlert error={create.error} mb="md" />
        <AiSystemForm
          initial={EMPTY_AI_SYSTEM}
          submitLabel="Save"
          submitting={create.isPending}
          onSubmit={(values, form) =>
            create.mutate(values, {
              onSuccess: (sys) => {
                notifications.show({ color: 'teal', message: `${sys.name} added to the inventory.` });
                void navigate({ to: '/orgs/$orgId/ai-systems/$id', params: { orgId, id: sys.id } });
              },
              onError: (e) => applyFieldErrors(form, e),
            })
          }
        />
      </Paper>
    </>
  );
}
