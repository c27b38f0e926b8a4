// The one mutation hook of a feature: every write of the feature makes the same cached reads stale, so the
// keys it invalidates (and whether it waits for them) are said once, where the feature's keys are.
import type { QueryKey } from '@tanstack/react-query';
import { type RefetchTiming, useInvalidatingMutation } from './use-invalidating-mutation.ts';

/** `const useXMutation = featureMutation((orgId) => [xKeys.all(orgId)])`; then `useXMutation(orgId, fn)`. */
export function featureMutation(stale: (orgId: string) => readonly QueryKey[], timing?: RefetchTiming) {
  return <I = void, O = unknown>(orgId: string, fn: (input: I) => Promise<O>) =>
    useInvalidatingMutation(stale(orgId), fn, timing);
}
