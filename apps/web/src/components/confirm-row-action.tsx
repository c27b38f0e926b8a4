// The destructive button of one row in a settings list (revoke a token or an invitation, remove a member): it
// asks first, runs the row's mutation on the row's id, and a refusal shows as a red toast saying what failed.
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/errors.ts';
import { ConfirmButton } from './confirm-button.tsx';

export function ConfirmRowAction(props: {
  /** The id the mutation is run on. */
  id: string;
  mutation: { isPending: boolean; mutateAsync: (id: string) => Promise<unknown> };
  title: string;
  'aria-label': string;
  message: ReactNode;
  /** The toast's title when the server refuses, e.g. "Token not revoked". */
  failed: string;
  children: ReactNode;
}) {
  const { mutation } = props;
  return (
    <ConfirmButton
      size="xs"
      title={props.title}
      aria-label={props['aria-label']}
      message={props.message}
      loading={mutation.isPending}
      onConfirm={() =>
        mutation
          .mutateAsync(props.id)
          .catch((e: unknown) =>
            notifications.show({ color: 'red', title: props.failed, message: errorMessage(e) }),
          )
      }
    >
      {props.children}
    </ConfirmButton>
  );
}
