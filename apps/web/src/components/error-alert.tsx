// Why an action failed, shown where it was started (under a form or a button); nothing while all is well.
import { Alert, type AlertProps } from '@mantine/core';
import { errorMessage } from '../lib/errors.ts';

export function ErrorAlert({ error, ...props }: { error: unknown } & Omit<AlertProps, 'children' | 'color'>) {
  if (error == null) return null;
  return (
    <Alert color="red" {...props}>
      {errorMessage(error)}
    </Alert>
  );
}
