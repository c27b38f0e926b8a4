// Loading placeholders: a skeleton page while a route or its data loads.
import { Center, Loader, Skeleton, Stack } from '@mantine/core';

export function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading">
      <Skeleton height={32} width="40%" />
      <Skeleton height={16} width="70%" />
      <Skeleton height={220} mt="md" />
    </Stack>
  );
}

export function FullPageLoader() {
  return (
    <Center h="100vh" aria-busy="true" aria-label="Loading">
      <Loader />
    </Center>
  );
}
