// Editing the risk criteria in place (§6.1.1), used by the criteria page and the guided set-up step: the
// form, a "Not saved" alert while the last save failed, and the server's field errors back on the fields.
// The caller owns the mutation, so an error from another save of the same criteria shows here too.
import { Alert, Stack } from '@mantine/core';
import type { RiskCriteria } from '@openaims/core';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import type { useUpdateRiskCriteria } from '../api/criteria.ts';
import { CriteriaForm } from './criteria-form.tsx';

export function CriteriaEditor({
  current,
  update,
  onCancel,
  onSaved,
}: {
  current: RiskCriteria;
  update: ReturnType<typeof useUpdateRiskCriteria>;
  onCancel: () => void;
  onSaved: (saved: RiskCriteria) => void;
}) {
  return (
    <Stack gap="sm">
      {update.error && !update.isPending && (
        <Alert color="red" title="Not saved">
          {errorMessage(update.error)}
        </Alert>
      )}
      <CriteriaForm
        current={current}
        pending={update.isPending}
        onCancel={() => {
          update.reset();
          onCancel();
        }}
        onSubmit={(values, form) =>
          update.mutate(values, {
            onSuccess: onSaved,
            onError: (e) => applyFieldErrors(form, e),
          })
        }
      />
    </Stack>
  );
}
