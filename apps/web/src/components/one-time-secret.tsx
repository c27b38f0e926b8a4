// A secret the server shows only once (API token, invitation code), with a copy button and a warning.
import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function CopyValue(props: { label: string; value: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {props.label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code
          block
          style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          data-testid={`secret-${props.label}`}
        >
          {props.value}
        </Code>
        <CopyButton value={props.value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
              <ActionIcon
                variant="light"
                color={copied ? 'teal' : 'gray'}
                onClick={copy}
                aria-label={`Copy ${props.label.toLowerCase()}`}
                size="lg"
              >
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

export function OneTimeSecret(props: {
  title: string;
  warning: ReactNode;
  values: { label: string; value: string }[];
  onClose?: () => void;
}) {
  return (
    <Alert
      color="yellow"
      variant="light"
      title={props.title}
      icon={<IconKey />}
      withCloseButton={!!props.onClose}
      onClose={props.onClose}
      closeButtonLabel="Dismiss"
      role="status"
    >
      <Stack gap="sm">
        <Text size="sm">{props.warning}</Text>
        {props.values.map((v) => (
          <CopyValue key={v.label} label={v.label} value={v.value} />
        ))}
      </Stack>
    </Alert>
  );
}
