// The inventory's links (system uses model/dataset, is supplied by; model trained/validated/tested on dataset),
// stored as `entity_links` rows whose relation says which link it is (A.4.2, A.7.2 provenance and use of data).
import type { Db } from '@openaims/db';
import { linkRepository } from '../links/link.repository.ts';

/** Record type of each inventory link's target, by relation. */
export const RELATION_TARGET = {
  uses_model: 'model',
  uses_dataset: 'dataset',
  supplied_by: 'supplier',
  trained_on: 'dataset',
  validated_on: 'dataset',
  tested_on: 'dataset',
} as const;

/** The relations the inventory records. */
export type LinkRelation = keyof typeof RELATION_TARGET;

/** One inventory link, read from the record it goes out of. */
export interface Link {
  fromId: string;
  relation: LinkRelation;
  toId: string;
}

/** Inventory links of records of one type (`ai_system`, `model`, …), through the one link table. */
export function inventoryLinks(db: Db) {
  const links = linkRepository(db);
  const relations = Object.keys(RELATION_TARGET) as LinkRelation[];
  return {
    /** The inventory links going out of `fromIds`. */
    async listFrom(orgId: string, fromType: string, fromIds: string[]): Promise<Link[]> {
      const rows = await links.outgoing(orgId, fromType, fromIds, relations);
      return rows.map((r) => ({ fromId: r.fromId, relation: r.relation as LinkRelation, toId: r.toId }));
    },

    /** Makes the links of `fromId` under `only` exactly `wanted`. */
    replace(
      orgId: string,
      from: { type: string; id: string },
      only: readonly LinkRelation[],
      wanted: { relation: LinkRelation; toId: string }[],
      createdBy: string | null,
    ): Promise<void> {
      const rows = wanted.map((l) => ({
        relation: l.relation,
        toType: RELATION_TARGET[l.relation],
        toId: l.toId,
      }));
      return links.replaceOutgoing(orgId, from, only, rows, createdBy);
    },
  };
}
