// The card of a settings page that creates something whose secret the server shows only once (an API token, an
// invitation, a webhook's signing secret): the form, the error of the last attempt, then the secret.
import { Paper, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from './error-alert.tsx';

export function SecretFormCard(props: {
  title: string;
  onSubmit: (e?: FormEvent<HTMLFormElement>) => void;
  /** The create mutation's error, if the last attempt failed. */
  error: unknown;
  /** The fields and the submit button. */
  children: ReactNode;
  /** The one-time secret of the record just created, if any. */
  secret: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="sm">
        {props.title}
      </Title>
      <form onSubmit={props.onSubmit} noValidate>
        {props.children}
      </form>
      <ErrorAlert error={props.error} mt="md" />
      {props.secret}
    </Paper>
  );
}
