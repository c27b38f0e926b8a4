// Error boundaries: the router's per-route error component, and a last-resort boundary around the app.
import { Button, Center, Container, Stack, Text, Title } from '@mantine/core';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorState } from '../components/error-state.tsx';

/** Shown in place of a route whose loader or component threw; the shell stays usable. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <ErrorState
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

export function RouteNotFound() {
  return (
    <EmptyState
      title="Page not found"
      description="This address does not match any page. Use the navigation to find what you need."
    />
  );
}

/** Catches what the router cannot (errors in providers or the router itself). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Center mih="100vh">
        <Container size="xs">
          <Stack align="center" ta="center">
            <Title order={1} size="h3">
              OpenAIMS stopped working
            </Title>
            <Text c="dimmed">{this.state.error.message}</Text>
            <Button onClick={() => window.location.reload()}>Reload the page</Button>
          </Stack>
        </Container>
      </Center>
    );
  }
}
