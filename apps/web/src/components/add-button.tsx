// The button that starts a new record, with its "+" icon; most list pages put one in their header.
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function AddButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <Button leftSection={<IconPlus size={16} />} onClick={onClick}>
      {children}
    </Button>
  );
}

/** The quieter add button beside the main one, on a page that adds two kinds of record (an incident, a programme). */
export function SecondaryAddButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <Button variant="default" leftSection={<IconPlus size={16} />} onClick={onClick}>
      {children}
    </Button>
  );
}
