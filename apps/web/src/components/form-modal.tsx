// A dialog holding one form: the fields, an alert for an error that is not on a field, Cancel and Save.
import { Modal, type ModalProps, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from './error-alert.tsx';
import { FormActions } from './form-actions.tsx';

/** What a page passes to a dialog that creates a record in its organization. */
export interface OrgDialogProps {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}

export function FormModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  onSubmit: (e?: FormEvent<HTMLFormElement>) => void;
  /** The mutation's error; shown here unless it was put on the fields. */
  error: unknown;
  fieldErrors: Record<string, unknown>;
  pending: boolean;
  submitLabel?: string;
  /** False for a dialog closed only by its ✕, without a Cancel button. */
  withCancel?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 'lg'}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={props.onSubmit} noValidate>
        <Stack gap="sm">
          {props.children}
          {Object.keys(props.fieldErrors).length === 0 && <ErrorAlert error={props.error} />}
          <FormActions
            onCancel={props.withCancel === false ? undefined : props.onClose}
            pending={props.pending}
          >
            {props.submitLabel ?? 'Save'}
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
