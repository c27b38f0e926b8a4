// ISO/IEC 42001:2023 Annex A (normative): 9 areas, 10 objectives, 38 controls. Ids and official short titles
// only; every summary is our own wording. A.x.1 is the objective of an area, so controls start at A.x.2.
import type { Requirement } from './catalog.schema.ts';
import ANNEX_A from './iso42001.annex-a.json' with { type: 'json' };

type Row = { ref: string; title: string; summary: string };

/** Areas and sub-areas (kind `objective`); `A.6` has the two sub-areas `A.6.1` and `A.6.2`. */
const OBJECTIVES: readonly Row[] = ANNEX_A.objectives;

const CONTROLS: readonly Row[] = ANNEX_A.controls;

/** The Annex A control reference pattern: matches exactly the 38 control ids. */
export const ANNEX_A_CONTROL_PATTERN =
  /^A\.(2\.[2-4]|3\.[23]|4\.[2-6]|5\.[2-5]|6\.1\.[23]|6\.2\.[2-8]|7\.[2-6]|8\.[2-5]|9\.[2-4]|10\.[2-4])$/;

function controlParent(ref: string): string {
  return ref.slice(0, ref.lastIndexOf('.'));
}

/** Annex A areas and objectives (kind `objective`), in document order. */
export const ANNEX_A_OBJECTIVES: readonly Requirement[] = OBJECTIVES.map(({ ref, title, summary }) => ({
  ref,
  title,
  kind: 'objective',
  parentRef: ref === 'A.6.1' || ref === 'A.6.2' ? 'A.6' : null,
  summary,
}));

/** The 38 Annex A controls A.2.2–A.10.4, in document order. */
export const ANNEX_A_CONTROLS: readonly Requirement[] = CONTROLS.map(({ ref, title, summary }) => ({
  ref,
  title,
  kind: 'control',
  parentRef: controlParent(ref),
  summary,
}));

/** Annex A control refs in document order. */
export const ANNEX_A_CONTROL_REFS: readonly string[] = ANNEX_A_CONTROLS.map((c) => c.ref);

/** The top-level area (`A.6`) of a control or sub-area ref. */
export function annexAArea(ref: string): string {
  const m = /^A\.(\d+)/.exec(ref);
  return m ? `A.${m[1]}` : ref;
}

/** Whether a string is one of the 38 Annex A control refs. */
export function isAnnexAControl(ref: string): boolean {
  return ANNEX_A_CONTROL_PATTERN.test(ref);
}
