// The two decisions on a risk (§6.1.3): approving its treatment plan and accepting its residual risk. The
// preconditions are core's rules; the server checks them again and records who decided and when.
import { Alert, Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { acceptanceProblem, type Risk } from '@openaims/core';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAcceptRisk, useApproveTreatment } from '../api/risks.ts';

export type RiskDecision = 'approve' | 'accept';

export function RiskDecisionModal(props: { risk: Risk; decision: RiskDecision; onClose: () => void }) {
  const { risk, decision } = props;
  const { orgId } = useCurrentOrg();
  const approve = useApproveTreatment(orgId);
  const accept = useAcceptRisk(orgId);
  const [note, setNote] = useState('');
  const mutation = decision === 'approve' ? approve : accept;
  const problem = decision === 'accept' ? acceptanceProblem(risk, note) : null;
  const noteMissing = problem?.errors.some((e) => e.path === 'note') ?? false;
  const blocked = problem !== null && !noteMissing;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened
      onClose={props.onClose}
      title={decision === 'approve' ? 'Approve treatment plan' : 'Accept residual risk'}
    >
      <Text size="sm" mb="sm">
        {decision === 'approve'
          ? `You approve the treatment plan of “${risk.title}”: its option, controls and treatment tasks (ISO/IEC 42001 6.1.3). Changing the option or the controls later voids this approval.`
          : `You accept the residual risk of “${risk.title}” under its approved treatment plan (ISO/IEC 42001 6.1.3). Your name and the time are recorded.`}
      </Text>
      {(mutation.error || blocked) && (
        <Alert color="red" mb="sm" title="Not recorded">
          {mutation.error ? errorMessage(mutation.error) : problem?.message}
        </Alert>
      )}
      <Textarea
        label={decision === 'approve' ? 'Note' : 'Justification'}
        description={
          decision === 'accept'
            ? risk.withinAppetite
              ? 'Optional: the residual score is within the appetite.'
              : 'Required: the residual score is above the appetite.'
            : undefined
        }
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        mb="sm"
      />
      <Group justify="flex-end">
        <Button
          loading={mutation.isPending}
          disabled={problem !== null}
          onClick={() => mutation.mutate({ id: risk.id, note }, { onSuccess: props.onClose })}
        >
          {decision === 'approve' ? 'Approve plan' : 'Accept residual risk'}
        </Button>
      </Group>
    </Modal>
  );
}
