// The shared table: search box, sortable headers (server-side `sort`), and "Load more" cursor pagination.
import {
  Button,
  Center,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionState } from '../lib/collection.ts';
import { ErrorState } from './error-state.tsx';
import type { ListControls } from './use-list-controls.ts';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The server's sort field for this column; omit for unsortable columns. */
  sortField?: string;
  width?: number | string;
}

/** Rows with an `id` are keyed by it unless told otherwise; other rows need a `rowKey`. */
type RowKey<T> = T extends { id: string } ? { rowKey?: (row: T) => string } : { rowKey: (row: T) => string };

type DataTableProps<T> = RowKey<T> & {
  /** Accessible name of the table. */
  label: string;
  columns: Column<T>[];
  state: CollectionState<T>;
  controls?: ListControls;
  searchPlaceholder?: string;
  toolbar?: ReactNode;
  /** Shown when the collection is empty and no search is active. */
  empty: ReactNode;
};

const byId = (row: unknown) => (row as { id: string }).id;

function SortHeader({
  column,
  controls,
}: {
  column: { header: string; sortField: string };
  controls: ListControls;
}) {
  const { t } = useTranslation();
  const { sortField, header } = column;
  const active =
    controls.sort === sortField ? 'ascending' : controls.sort === `-${sortField}` ? 'descending' : 'none';
  const Icon =
    active === 'ascending' ? IconChevronUp : active === 'descending' ? IconChevronDown : IconSelector;
  const next = active === 'ascending' ? `-${sortField}` : sortField;
  return (
    <UnstyledButton
      onClick={() => controls.setSort(next)}
      aria-label={t('common.sortBy', { column: header.toLowerCase() })}
    >
      <Group gap={4} wrap="nowrap">
        <Text fw={600} size="sm">
          {header}
        </Text>
        <Icon size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

function ariaSort(sort: string | undefined, field: string | undefined) {
  if (!field) return undefined;
  if (sort === field) return 'ascending' as const;
  if (sort === `-${field}`) return 'descending' as const;
  return 'none' as const;
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const { state, controls, columns } = props;
  const rowKey = props.rowKey ?? byId;
  const searching = !!controls?.q;
  const showToolbar = controls || props.toolbar;

  let body: ReactNode;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.refetch} />;
  } else if (state.isPending) {
    body = (
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={36} />
        ))}
      </Stack>
    );
  } else if (state.items.length === 0) {
    body = searching ? (
      <Paper withBorder p="xl" radius="md">
        <Text ta="center" c="dimmed">
          {t('common.noMatch', { q: controls?.q })}
        </Text>
      </Paper>
    ) : (
      props.empty
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={props.label}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} w={c.width} aria-sort={ariaSort(controls?.sort, c.sortField)}>
                  {c.sortField && controls ? (
                    <SortHeader column={{ header: c.header, sortField: c.sortField }} controls={controls} />
                  ) : (
                    c.header
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.items.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key}>{c.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="md">
      {showToolbar && (
        <Group justify="space-between" align="flex-end" wrap="wrap">
          {controls ? (
            <TextInput
              label={t('common.search')}
              placeholder={props.searchPlaceholder ?? t('common.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={controls.search}
              onChange={(e) => controls.setSearch(e.currentTarget.value)}
              type="search"
              w={320}
            />
          ) : (
            <span />
          )}
          {props.toolbar && (
            <Group gap="sm" align="flex-end">
              {props.toolbar}
            </Group>
          )}
        </Group>
      )}
      {body}
      {state.hasMore && !state.error && (
        <Center>
          <Button variant="default" onClick={state.loadMore} loading={state.isLoadingMore}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
