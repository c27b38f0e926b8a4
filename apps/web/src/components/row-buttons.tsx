// The buttons of a list edited in place (KPIs, requirements, bands): add a row below the list, remove one.
import { ActionIcon, type ActionIconProps, Button, type ButtonProps, Group } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function AddRowButton({
  children,
  onClick,
  ...button
}: { children: ReactNode; onClick: () => void } & Pick<ButtonProps, 'variant' | 'disabled'>) {
  return (
    <Group>
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onClick} {...button}>
        {children}
      </Button>
    </Group>
  );
}

/** `label` names the row, e.g. "Remove KPI 2". */
export function RemoveRowButton({
  label,
  onClick,
  ...icon
}: { label: string; onClick: () => void } & Pick<
  ActionIconProps,
  'variant' | 'mt' | 'mb' | 'size' | 'disabled'
>) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick} {...icon}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}

/** The list without its `i`-th item. */
export const withoutRow = <T,>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);

/** The list with its `i`-th item changed by `patch`. */
export const withRowPatched = <T,>(list: readonly T[], i: number, patch: Partial<T>): T[] =>
  list.map((row, j) => (j === i ? { ...row, ...patch } : row));

/** A small action in a table row (Edit, Show, Continue); `aria-label` names the row, e.g. "Edit Bias in hiring". */
export function RowActionButton({
  children,
  onClick,
  'aria-label': label,
}: {
  children: ReactNode;
  onClick: () => void;
  'aria-label': string;
}) {
  return (
    <Button size="compact-xs" variant="default" onClick={onClick} aria-label={label}>
      {children}
    </Button>
  );
}
