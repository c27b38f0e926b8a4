// The risk form in a modal, for a new risk or an edit. An edit sends only what changed (see `riskChanges`).
import { Alert, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Risk } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { riskCriteriaQuery, threatsQuery, useCreateRisk, useUpdateRisk } from '../api/risks.ts';
import { RiskForm, riskChanges } from './risk-form.tsx';

export function RiskFormModal(props: { risk: Risk | 'new'; onClose: () => void }) {
  const { orgId } = useCurrentOrg();
  const criteria = useQuery(riskCriteriaQuery(orgId));
  const threats = useQuery(threatsQuery(orgId));
  const create = useCreateRisk(orgId);
  const update = useUpdateRisk(orgId);
  const error = create.error ?? update.error;
  const existing = props.risk === 'new' ? undefined : props.risk;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={!!criteria.data}
      onClose={props.onClose}
      title={existing ? 'Edit risk' : 'New risk'}
      size="lg"
    >
      {error && (
        <Alert color="red" mb="sm" title="Not saved">
          {errorMessage(error)}
        </Alert>
      )}
      {criteria.data && (
        <RiskForm
          orgId={orgId}
          threats={threats.data?.items ?? []}
          criteria={criteria.data}
          risk={existing}
          pending={create.isPending || update.isPending}
          onSubmit={(v, form) => {
            const done = { onSuccess: props.onClose, onError: (e: unknown) => applyFieldErrors(form, e) };
            if (!existing) return create.mutate(v, done);
            const input = riskChanges(existing, v);
            if (!input) {
              notifications.show({ message: 'Nothing changed.' });
              return props.onClose();
            }
            update.mutate({ id: existing.id, version: existing.version, input }, done);
          }}
          onCancel={props.onClose}
        />
      )}
    </Modal>
  );
}
