// How a failed load looks: the server's explanation and a way to try again.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';

function titleFor(e: unknown): string {
  if (isApiError(e, 404)) return 'Not found';
  if (isApiError(e, 403)) return 'Not allowed';
  if (isApiError(e)) return e.problem.title;
  return 'Something went wrong';
}

export function ErrorState(props: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      color="red"
      variant="light"
      title={titleFor(props.error)}
      icon={<IconAlertTriangle />}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(props.error)}</Text>
        {props.onRetry && (
          <Button size="xs" variant="white" color="red" onClick={props.onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
