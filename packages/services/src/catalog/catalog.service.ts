// The shipped catalogue (not tenant data): frameworks, requirements and mappings, paginated in memory.
import {
  AppError,
  type Framework,
  type FrameworkId,
  FrameworkIdSchema,
  findMappings,
  frameworkRequirements,
  type ListQuery,
  listFrameworks,
  type Mapping,
  type Page,
  parseSort,
  type Requirement,
  type RequirementKind,
} from '@openaims/core';
import { pageArray } from '../common/page-array.ts';

/** Every framework in the catalogue. */
export function listCatalogFrameworks(): Framework[] {
  return listFrameworks();
}

function frameworkOrNotFound(id: string): FrameworkId {
  const parsed = FrameworkIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError('NOT_FOUND', `Framework ${id} is not in the catalogue.`);
  return parsed.data;
}

/** A framework's requirements in document order (or by title), filtered by kind, parent and text; keyset-paged by ref. */
export function listRequirements(
  frameworkId: string,
  query: ListQuery & { kind?: RequirementKind; parentRef?: string },
): Page<Requirement> {
  const id = frameworkOrNotFound(frameworkId);
  const sort = parseSort(query.sort, ['ref', 'title'] as const, { field: 'ref', desc: false });
  if ('error' in sort)
    throw new AppError('VALIDATION_FAILED', sort.error, { errors: [{ path: 'sort', message: sort.error }] });
  const q = query.q?.toLowerCase();
  let rows = frameworkRequirements(id).filter(
    (r) =>
      (!query.kind || r.kind === query.kind) &&
      (query.parentRef === undefined || r.parentRef === query.parentRef) &&
      (!q ||
        r.ref.toLowerCase().includes(q) ||
        r.title.toLowerCase().includes(q) ||
        r.summary.toLowerCase().includes(q)),
  );
  // `ref` order is document order (the order the standard lists them), which plain string order is not.
  if (sort.field === 'title')
    rows = [...rows].sort((a, b) => a.title.localeCompare(b.title) || a.ref.localeCompare(b.ref));
  if (sort.desc) rows = [...rows].reverse();
  return pageArray(rows, query, (r) => r.ref);
}

/** Mappings from one framework to another (either may be omitted), optionally for one source ref. */
export function listMappings(query: { from?: FrameworkId; to?: FrameworkId; ref?: string }): {
  items: Mapping[];
} {
  return { items: findMappings(query) };
}
