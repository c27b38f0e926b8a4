// The foot of a form: Cancel (when the form can be left without sending), then the button that sends the form, both
// at the right edge. One place, so every form closes the same way and the submit button shows the request in flight.
import { Button, Group, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

export function FormActions(props: {
  /** Leaves the form unsent; without it there is no Cancel button. */
  onCancel?: () => void;
  /** The request is in flight: the submit button spins and cannot be pressed twice. */
  pending: boolean;
  /** The submit button's label. */
  children: ReactNode;
  mt?: MantineSpacing;
}) {
  return (
    <Group justify="flex-end" mt={props.mt}>
      {props.onCancel && (
        <Button variant="default" onClick={props.onCancel}>
          Cancel
        </Button>
      )}
      <Button type="submit" loading={props.pending}>
        {props.children}
      </Button>
    </Group>
  );
}
