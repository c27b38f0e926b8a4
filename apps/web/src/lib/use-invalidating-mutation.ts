// A write whose success makes cached reads stale: the shape nearly every feature's mutation hook has.
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/** When the mutation counts as done: after the stale queries have been refetched, or at once. */
export type RefetchTiming = 'await' | 'background';

/**
 * `useMutation` over `mutationFn` that invalidates every key in `invalidates` once it succeeds. By default the
 * mutation settles only after the refetch, so a caller's onSuccess already sees fresh lists; `'background'`
 * lets it settle at once and refetch behind it.
 */
export function useInvalidatingMutation<I = void, O = unknown>(
  invalidates: readonly QueryKey[],
  mutationFn: (input: I) => Promise<O>,
  timing: RefetchTiming = 'await',
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      const refetched = Promise.all(invalidates.map((queryKey) => qc.invalidateQueries({ queryKey })));
      return timing === 'await' ? refetched : undefined;
    },
  });
}
