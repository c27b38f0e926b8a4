import { describe, expect, it } from 'vitest';
import { PasswordResetFormSchema, PasswordResetRequestSchema, PasswordResetSchema } from './auth.schema.ts';

describe('password-reset schemas', () => {
  it('normalises the email and refuses extra fields', () => {
    expect(PasswordResetRequestSchema.parse({ email: ' Ann@Example.TEST ' })).toEqual({
      email: 'ann@example.test',
    });
    expect(PasswordResetRequestSchema.safeParse({ email: 'a@b.test', userId: 'x' }).success).toBe(false);
  });

  it('holds the new password to the set-up rules', () => {
    expect(PasswordResetSchema.safeParse({ password: 'short' }).success).toBe(false);
    expect(PasswordResetSchema.safeParse({ password: 'twelve chars' }).success).toBe(true);
  });

  it('wants the confirmation to match, and says so on the confirm field', () => {
    const r = PasswordResetFormSchema.safeParse({ password: 'a long password', confirm: 'a long passwort' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['confirm']);
    expect(
      PasswordResetFormSchema.safeParse({ password: 'a long password', confirm: 'a long password' }).success,
    ).toBe(true);
  });
});
