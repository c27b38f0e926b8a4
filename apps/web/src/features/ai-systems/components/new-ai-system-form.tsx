// Adding an AI system to the inventory, from its page or from the set-up guide: the empty form, the server's field
// errors on the fields (the rest above the form), and a notice naming the system once it is added.
import type { MantineSpacing } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AiSystem } from '@openaims/core';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyFieldErrors } from '../../../lib/errors.ts';
import { useCreateAiSystem } from '../api/create-ai-system.ts';
import { AiSystemForm, EMPTY_AI_SYSTEM } from './ai-system-form.tsx';

export function NewAiSystemForm(props: {
  orgId: string;
  submitLabel: string;
  /** Space below the error alert, where the container does not space its children. */
  alertMb?: MantineSpacing;
  /** What follows the notice: open the system, or go on to the next step. */
  onCreated: (sys: AiSystem) => void;
}) {
  const create = useCreateAiSystem(props.orgId);
  return (
    <>
      <ErrorAlert error={create.error} mb={props.alertMb} />
      <AiSystemForm
        initial={EMPTY_AI_SYSTEM}
        submitLabel={props.submitLabel}
        submitting={create.isPending}
        onSubmit={(values, form) =>
          create.mutate(values, {
            onSuccess: (sys) => {
              notifications.show({ color: 'teal', message: `${sys.name} added to the inventory.` });
              props.onCreated(sys);
            },
            onError: (e) => applyFieldErrors(form, e),
          })
        }
      />
    </>
  );
}
