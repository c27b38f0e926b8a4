// The header's search (issue 16): `/` or Ctrl-K opens it; arrows move through the hits, Enter opens one.
import { Button, Group, Kbd, Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { SEARCH_TYPE_LABELS, SEARCH_TYPES, type SearchItem } from '@openaims/core';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from '../api/search.ts';

export function SearchBox({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  useHotkeys([
    ['/', () => setOpened(true)],
    ['mod+K', () => setOpened(true)],
  ]);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Kbd size="xs">/</Kbd>}
        onClick={() => setOpened(true)}
        aria-keyshortcuts="/ Control+K"
        visibleFrom="sm"
      >
        {t('common.search')}
      </Button>
      <Button
        variant="default"
        hiddenFrom="sm"
        px="xs"
        onClick={() => setOpened(true)}
        aria-label={t('common.search')}
        aria-keyshortcuts="/ Control+K"
      >
        <IconSearch size={16} aria-hidden />
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('common.search')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('search.close') }}
      >
        {opened && <SearchPanel orgId={orgId} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function SearchPanel({ orgId, onDone }: { orgId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 200);
  const query = useSearch(orgId, debounced);
  const navigate = useNavigate();
  // Grouped in the fixed order of kinds; `flat` is the keyboard order.
  const groups = useMemo(() => {
    const items = query.data?.items ?? [];
    return SEARCH_TYPES.map((type) => ({ type, items: items.filter((i) => i.type === type) })).filter(
      (g) => g.items.length > 0,
    );
  }, [query.data]);
  const flat = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const [picked, setActive] = useState(0);
  // New hits may be fewer than the old: keep the highlight inside the list.
  const active = Math.max(0, Math.min(picked, flat.length - 1));

  const open = (item: SearchItem) => {
    onDone();
    void navigate({ to: item.url });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, flat.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && flat[active]) {
      e.preventDefault();
      open(flat[active]);
    }
  };
  const optionId = (i: number) => `search-hit-${i}`;
  const typed = debounced.trim().length > 0;

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={q}
        maxLength={200}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        rightSection={query.isFetching ? <Loader size="xs" /> : null}
        role="combobox"
        aria-expanded={flat.length > 0}
        aria-controls="search-results"
        aria-activedescendant={flat.length > 0 ? optionId(active) : undefined}
        aria-autocomplete="list"
      />
      <div id="search-results" role="listbox" aria-label={t('search.results')}>
        {groups.map((g) => (
          // biome-ignore lint/a11y/useSemanticElements: option groups of a listbox are ARIA groups, not form fieldsets.
          <div
            key={g.type}
            role="group"
            aria-label={t(`search.types.${g.type}` as never, { defaultValue: SEARCH_TYPE_LABELS[g.type] })}
          >
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="xs" mb={4} aria-hidden>
              {t(`search.types.${g.type}` as never, { defaultValue: SEARCH_TYPE_LABELS[g.type] })}
            </Text>
            {g.items.map((item) => {
              const i = flat.indexOf(item);
              const selected = i === active;
              return (
                <UnstyledButton
                  key={`${item.type}:${item.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={selected}
                  tabIndex={-1}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => open(item)}
                  w="100%"
                  px="sm"
                  py={6}
                  style={{
                    borderRadius: 'var(--mantine-radius-sm)',
                    background: selected ? 'var(--mantine-primary-color-light)' : undefined,
                  }}
                >
                  <Text size="sm">{item.title}</Text>
                </UnstyledButton>
              );
            })}
          </div>
        ))}
      </div>
      {typed && query.isSuccess && flat.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('search.nothing', { q: debounced.trim() })}
        </Text>
      )}
      {query.isError && (
        <Text size="sm" c="red.9">
          {t('search.failed', { message: query.error.message })}
        </Text>
      )}
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('search.keysMove')} <Kbd size="xs">Enter</Kbd>{' '}
          {t('search.keysOpen')} <Kbd size="xs">Esc</Kbd> {t('search.keysClose')}
        </Text>
      </Group>
    </Stack>
  );
}
