// Route components that decide where a visitor belongs: set-up, sign-in, an organization, or none yet.
import { Button, Center, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Navigate, Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorState } from '../components/error-state.tsx';
import { FullPageLoader } from '../components/page-loader.tsx';
import { useMe } from '../features/auth/api/get-me.ts';
import { useSetupStatus } from '../features/auth/api/get-setup-status.ts';
import { CreateOrganizationModal } from '../features/orgs/components/create-organization-modal.tsx';
import { useCurrentOrg } from '../features/orgs/use-current-org.ts';
import { AppLayout } from './layout/app-layout.tsx';

/** Everything behind sign-in. Reacts to the session ending (sign-out, expiry) while the page is open. */
export function SignedInLayout() {
  const setup = useSetupStatus();
  const me = useMe();
  if (setup.isPending || me.isPending) return <FullPageLoader />;
  const error = setup.error ?? me.error;
  if (error) {
    return (
      <Container size="sm" py="xl">
        <ErrorState error={error} onRetry={() => void Promise.all([setup.refetch(), me.refetch()])} />
      </Container>
    );
  }
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (!me.data?.user) return <SessionEnded />;
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}

/**
 * The session ended while a page was open (sign-out, expiry): go to sign-in once, remembering where we were.
 * Navigating from an effect that runs once matters: this layout keeps rendering during the navigation, and a
 * <Navigate> here would re-fire with each new location.
 */
function SessionEnded() {
  const router = useRouter();
  useEffect(() => {
    const here = router.state.location.href;
    void router.navigate({ to: '/sign-in', search: here === '/' ? {} : { redirect: here }, replace: true });
  }, [router]);
  return <FullPageLoader />;
}

/** `/`: the first organization, or an invitation to create one. */
export function HomePage() {
  const orgs = useMe().data?.organizations ?? [];
  const [opened, { open, close }] = useDisclosure(false);
  const first = orgs[0];
  if (first) return <Navigate to="/orgs/$orgId" params={{ orgId: first.id }} replace />;
  return (
    <Center py="xl">
      <EmptyState
        title="You are not in any organization yet"
        description="Create an organization to start your AI management system, or ask a colleague to invite you to theirs."
        action={<Button onClick={open}>New organization</Button>}
      />
      <CreateOrganizationModal opened={opened} onClose={close} />
    </Center>
  );
}

/** `/orgs/$orgId/…`: only organizations the user belongs to (the server answers 404 for the others too). */
export function OrgLayout() {
  const { org } = useCurrentOrg();
  if (!org) {
    return (
      <EmptyState
        title="Organization not found"
        description="It does not exist or you are not a member. Pick one of your organizations in the header."
      />
    );
  }
  return <Outlet />;
}
