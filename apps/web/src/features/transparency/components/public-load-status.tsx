// What a public page shows until its data is there: a skeleton while it loads; when the load fails, in the public
// frame, a plain explanation if the link leads nowhere (404: a wrong code, an unpublished page), else the error.
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { isApiError } from '../../../lib/api.ts';
import { PublicLayout } from './public-layout.tsx';

/** The page while `query` is pending or has failed: `if (q.isPending || q.error) return publicLoadStatus(q, …)`. */
export function publicLoadStatus(
  query: { isPending: boolean; error: Error | null; refetch: () => unknown },
  notFound: { title?: string; hint: string },
): ReactNode {
  if (query.isPending) return <PageSkeleton />;
  const hint = <Text>{notFound.hint}</Text>;
  return (
    <PublicLayout>
      {!isApiError(query.error, 404) ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : notFound.title ? (
        <Stack>
          <Title order={1} size="h2">
            {notFound.title}
          </Title>
          {hint}
        </Stack>
      ) : (
        hint
      )}
    </PublicLayout>
  );
}
