// The public concern form (A.3.3, A.8.3): anyone may report without an account, anonymously if they wish. The
// answer is a follow-up code, shown once, with which the reporter reads answers and adds information.
import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CONCERN_KIND_LABEL, CONCERN_KINDS, type ConcernKind, SubmitConcernSchema } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import {
  FormChoiceSelect,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from '../../../components/form-fields.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { usePublicOrganization, useSubmitConcern } from '../api/transparency.ts';
import { PublicLayout } from './public-layout.tsx';
import { publicLoadStatus } from './public-load-status.tsx';

interface Values {
  kind: ConcernKind;
  aiSystemId: string | null;
  title: string;
  description: string;
  reporterName: string;
  reporterEmail: string;
}

const KIND_OPTIONS = CONCERN_KINDS.map((value) => ({ value, label: CONCERN_KIND_LABEL[value] }));

export function PublicConcernPage() {
  const { orgId = '' } = useParams({ strict: false });
  const org = usePublicOrganization(orgId);
  const submit = useSubmitConcern(orgId);
  const [code, setCode] = useState<string | null>(null);
  const preset = new URLSearchParams(window.location.search).get('aiSystemId');
  const form = useForm<Values>({
    initialValues: {
      kind: 'concern',
      aiSystemId: preset,
      title: '',
      description: '',
      reporterName: '',
      reporterEmail: '',
    },
    validate: (v) => zod4Resolver(SubmitConcernSchema)(toInput(v)),
  });

  if (org.isPending || org.error)
    return publicLoadStatus(org, {
      hint: 'There is no organization at this address. Check the link you were given.',
    });

  if (code)
    return (
      <PublicLayout>
        <Title order={1} size="h2">
          Thank you — your report was received
        </Title>
        <Alert color="teal" title="Your follow-up code">
          <Stack gap="xs">
            <Code fz="lg" data-testid="follow-up-code">
              {code}
            </Code>
            <Text size="sm">
              Keep this code: it is the only way to read the organization’s answer and to add information. It
              is shown once and cannot be recovered.
            </Text>
          </Stack>
        </Alert>
        <Group>
          <Button component="a" href={`/public/concerns/${code}`}>
            Follow your report
          </Button>
        </Group>
      </PublicLayout>
    );

  const systems = (org.data.systems ?? []).map((s) => ({ value: s.id, label: s.name }));
  const onSubmit = form.onSubmit(async (v) => {
    try {
      setCode((await submit.mutateAsync(toInput(v))).followUpCode);
    } catch (e) {
      if (!applyFieldErrors(form, e)) form.setFieldError('description', errorMessage(e));
    }
  });

  return (
    <PublicLayout>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {org.data.organizationName}
        </Text>
        <Title order={1} size="h2">
          Report a concern
        </Title>
        <Text size="sm">
          Tell us about a concern with how we use AI, or harm you believe one of our AI systems caused. You do
          not need an account, and you may stay anonymous.
        </Text>
      </Stack>
      <form onSubmit={onSubmit} aria-label="Report a concern" noValidate>
        <Stack gap="md">
          <FormChoiceSelect form={form} name="kind" label="What is it about?" data={KIND_OPTIONS} />
          {systems.length > 0 && (
            <FormSelect
              form={form}
              name="aiSystemId"
              label="AI system (optional)"
              placeholder="Not about a specific system"
              data={systems}
              clearable
            />
          )}
          <FormTextInput form={form} name="title" label="Short summary" required maxLength={300} />
          <FormTextarea
            form={form}
            name="description"
            label="What happened?"
            description="When, where, and what you saw. Do not include other people’s personal data."
            required
            autosize
            minRows={5}
          />
          <Text size="sm" fw={600} mt="xs">
            Contact details (optional)
          </Text>
          <Text size="xs" c="dimmed" mt={-10}>
            Leave empty to stay anonymous. If given, only the organization’s AI management leads see them.
          </Text>
          <FormTextInput form={form} name="reporterName" label="Your name" autoComplete="name" />
          <FormTextInput
            form={form}
            name="reporterEmail"
            label="Your email"
            type="email"
            autoComplete="email"
          />
          <Group>
            <Button type="submit" loading={submit.isPending}>
              Send report
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
}

function toInput(v: Values) {
  return {
    kind: v.kind,
    aiSystemId: v.aiSystemId || null,
    title: v.title,
    description: v.description,
    reporterName: v.reporterName.trim() || null,
    reporterEmail: v.reporterEmail.trim() || null,
  };
}
