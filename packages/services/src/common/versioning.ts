import { AppError } from '@openaims/core';

/** Throws STALE_VERSION when the client's expected version is not the stored one (optimistic concurrency). */
export function assertVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual) {
    throw new AppError(
      'STALE_VERSION',
      `This record is at version ${actual}; you edited version ${expected}. Reload and try again.`,
    );
  }
}

/** Throws NOT_FOUND for a missing record, phrased for the entity. */
export function notFound(entity: string, id: string): AppError {
  return new AppError('NOT_FOUND', `${entity} ${id} was not found.`);
}
