// A button for destructive actions that asks first, in a dialog whose confirm button says "Confirm".
import { Button, type ButtonProps, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick'> {
  children: ReactNode;
  /** The question shown in the dialog. */
  message: ReactNode;
  title?: string;
  onConfirm: () => undefined | Promise<unknown>;
  loading?: boolean;
  'aria-label'?: string;
}

export function ConfirmButton({
  children,
  message,
  title,
  onConfirm,
  loading,
  ...buttonProps
}: ConfirmButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const confirm = async () => {
    try {
      await onConfirm();
    } finally {
      close();
    }
  };
  return (
    <>
      <Button color="red" variant="light" {...buttonProps} loading={loading} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title ?? 'Are you sure?'} centered>
        <Text size="sm" mb="lg">
          {message}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={loading} data-autofocus>
            Confirm
          </Button>
        </Group>
      </Modal>
    </>
  );
}
