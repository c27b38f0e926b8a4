// Regulation (EU) 2024/1689 (AI Act): the provisions that matter to an AIMS. Article titles as published;
// summaries are ours. Annex III areas are children of "Annex III".
import type { Requirement } from './catalog.schema.ts';
import PROVISIONS from './eu-ai-act.json' with { type: 'json' };

/** Each provision's ref, title and our summary; Annex III areas name their parent. */
const ROWS: readonly { ref: string; title: string; summary: string; parentRef?: string }[] = PROVISIONS;

/** The AI Act provisions in the catalogue (articles and Annex III areas as kind `clause`). */
export const EU_AI_ACT_REQUIREMENTS: readonly Requirement[] = ROWS.map(
  ({ ref, title, summary, parentRef }) => ({
    ref,
    title,
    kind: 'clause',
    parentRef: parentRef ?? null,
    summary,
  }),
);
