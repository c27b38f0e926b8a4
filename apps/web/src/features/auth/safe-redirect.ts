// Only same-site paths are followed after sign-in, so a link cannot send a user elsewhere.

/** The path to go to after sign-in: an app path, never an absolute or protocol-relative URL. */
export function safeRedirect(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return '/';
  if (value.startsWith('/sign-in') || value.startsWith('/setup')) return '/';
  return value;
}
