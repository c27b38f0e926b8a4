// The form of an auth page: its fields, the reason it failed if it did, the submit button, and what follows.
import { Alert, Button, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

export function AuthForm(props: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** What went wrong, shown in an alert; nothing when all is well. */
  error?: ReactNode;
  pending: boolean;
  submitLabel: string;
  children: ReactNode;
  /** Below the button, such as a link to another auth page. */
  footer?: ReactNode;
}) {
  return (
    <form onSubmit={props.onSubmit} noValidate>
      <Stack gap="sm">
        {props.children}
        {props.error ? (
          <Alert color="red" role="alert">
            {props.error}
          </Alert>
        ) : null}
        <Button type="submit" loading={props.pending} mt="sm">
          {props.submitLabel}
        </Button>
        {props.footer}
      </Stack>
    </form>
  );
}
