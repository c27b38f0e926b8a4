// Which evidence records index.html names for each control of the pack's SoA (§6.1.3: the SoA points to the
// evidence of each control). A control names its first INDEX_EVIDENCE_PER_CONTROL packed records in the SoA's own
// order and counts the rest, which evidence/index.json lists. The records arrive in the evidence section's order
// (by id), so each control keeps the best ones seen so far rather than every packed record: at a large
// organization, 175,000 kept records were ≈ 40 MB of the pack's heap until index.html was written (issue 17).
import type { IndexedEvidence, PackedEvidence } from './sections.ts';

/**
 * How many evidence records a control's cell names; the rest are counted and listed in evidence/index.json (a control
 * of a large organization has thousands, which made index.html tens of megabytes).
 */
export const INDEX_EVIDENCE_PER_CONTROL = 50;

interface Picked {
  /** Where the record stands in the control's evidence list. */
  at: number;
  shown: IndexedEvidence;
}

/** Per control of the SoA: the evidence records index.html names, and how many of its records the pack holds. */
export class EvidenceIndex {
  /** Evidence id → where it stands: `position * controls + control` (one number, or several for a shared record). */
  private where: Map<string, number | number[]> | null = new Map();
  private readonly picked: Picked[][];
  private readonly packed: number[];
  private readonly controls: number;

  /** `controls` are the SoA's entries in the order index.html prints them. */
  constructor(
    controls: readonly { evidenceIds: readonly string[] }[],
    private readonly perControl = INDEX_EVIDENCE_PER_CONTROL,
  ) {
    this.controls = controls.length;
    this.picked = controls.map(() => []);
    this.packed = controls.map(() => 0);
    controls.forEach((c, control) => {
      c.evidenceIds.forEach((id, position) => {
        const code = position * this.controls + control;
        const before = this.where!.get(id);
        if (before === undefined) this.where!.set(id, code);
        else if (typeof before === 'number') this.where!.set(id, [before, code]);
        else before.push(code);
      });
    });
  }

  /** A record the pack holds: counted for every control that lists it, and kept where it is among the first. */
  offer(e: Pick<PackedEvidence, 'id' | 'title' | 'evidenceDate' | 'validUntil' | 'path' | 'url'>): void {
    const found = this.where?.get(e.id);
    if (found === undefined) return;
    for (const code of typeof found === 'number' ? [found] : found) {
      const control = code % this.controls;
      const at = (code - control) / this.controls;
      this.packed[control]! += 1;
      const list = this.picked[control]!;
      if (list.length === this.perControl && at > list[list.length - 1]!.at) continue;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.at < at) lo = mid + 1;
        else hi = mid;
      }
      const { title, evidenceDate, validUntil, path, url } = e;
      list.splice(lo, 0, { at, shown: { title, evidenceDate, validUntil, path, url } });
      if (list.length > this.perControl) list.pop();
    }
  }

  /** Takes no more records and lets the id look-up go (the evidence section calls it when it is done). */
  seal(): void {
    this.where = null;
  }

  /** The records control number `control` names, in the SoA's order. */
  shown(control: number): IndexedEvidence[] {
    return (this.picked[control] ?? []).map((p) => p.shown);
  }

  /** How many of control number `control`'s records the pack holds. */
  packedCount(control: number): number {
    return this.packed[control] ?? 0;
  }
}
