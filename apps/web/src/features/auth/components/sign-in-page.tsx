// Sign-in (POST /auth/login) with email and password, and single sign-on when the server offers it.
import { Anchor, Button, Divider } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type LoginInput, LoginSchema } from '@openaims/core';
import { Link, Navigate, useRouter, useSearch } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect } from 'react';
import { FormPasswordField, FormTextInput } from '../../../components/form-fields.tsx';
import { FullPageLoader } from '../../../components/page-loader.tsx';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useMe } from '../api/get-me.ts';
import { useSetupStatus } from '../api/get-setup-status.ts';
import { useSignIn } from '../api/sign-in.ts';
import { safeRedirect } from '../safe-redirect.ts';
import { AuthForm } from './auth-form.tsx';
import { AuthLayout } from './auth-layout.tsx';

function signInError(e: unknown): string {
  if (isApiError(e, 401)) return 'Wrong email or password';
  if (isApiError(e, 429)) return e.problem.detail || 'Too many attempts. Try again later.';
  return errorMessage(e);
}

export function SignInPage() {
  const status = useSetupStatus();
  const me = useMe();
  const signIn = useSignIn();
  const router = useRouter();
  const search: { redirect?: string } = useSearch({ strict: false });
  const redirect = safeRedirect(search.redirect);
  const form = useForm<LoginInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: zod4Resolver(LoginSchema),
  });

  const signedIn = !!me.data?.user;
  // The redirect is a full app path with its search string, so it goes straight to the history.
  useEffect(() => {
    if (signedIn) router.history.replace(redirect);
  }, [signedIn, redirect, router]);

  if (status.isPending || me.isPending || signedIn) return <FullPageLoader />;
  if (status.data?.needsSetup) return <Navigate to="/setup" />;

  const submit = form.onSubmit((values) => signIn.mutate(values));

  return (
    <AuthLayout title="Sign in" description="Sign in to your organization's AI management system.">
      <AuthForm
        onSubmit={submit}
        error={signIn.error && signInError(signIn.error)}
        pending={signIn.isPending}
        submitLabel="Sign in"
        footer={
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot password?
          </Anchor>
        }
      >
        <FormTextInput form={form} name="email" label="Email" type="email" required autoComplete="username" />
        <FormPasswordField
          form={form}
          name="password"
          label="Password"
          required
          autoComplete="current-password"
        />
      </AuthForm>
      {status.data?.oidc && (
        <>
          <Divider label="or" labelPosition="center" />
          <Button component="a" href="/api/v1/auth/oidc/login" variant="default">
            Sign in with single sign-on
          </Button>
        </>
      )}
    </AuthLayout>
  );
}
