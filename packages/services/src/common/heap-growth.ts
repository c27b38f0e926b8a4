// How far a process lets V8's heap grow past what is live before it collects (issue 17: peak memory): in general,
// and less while it builds an audit pack.
import v8 from 'node:v8';

/** The process's setting (AIMS_HEAP_GROWTH_PERCENT); 0 leaves V8 its own choice. */
let configured = 0;
/** Audit packs being built now. */
let building = 0;

/** The growth while a pack is built: half the setting (100 → 50); V8's own choice is left alone. */
export const buildingGrowth = (percent: number) => (percent > 0 ? Math.max(1, Math.round(percent / 2)) : 0);

/** The growth V8 was last told (0: its own choice). */
let applied = 0;

function apply(): void {
  applied = building > 0 ? buildingGrowth(configured) : configured;
  // 0 is V8's default: its own factor, chosen by the heap's limit and the collector's speed.
  v8.setFlagsFromString(`--heap-growing-percent=${applied}`);
}

/** The growth in force now, in percent (0: V8's own choice). */
export const heapGrowthNow = () => applied;

/**
 * Sets V8's heap growing factor to 1 + `percent`/100 for this process; 0 leaves V8's own choice.
 *
 * Why: on a machine with several gigabytes of memory V8 lets the old generation grow to up to 4× what survived the
 * last full collection before the next one, the factor it uses when memory is plentiful. A server that builds
 * workbooks and registers allocates fast, so it reaches that 4×: at `large` (bench), ≈ 45 MB live grew to 160 MB of
 * heap and 300–330 MB of RSS. V8's own factor for a small heap limit is at most 2; with it the same scenarios peaked
 * at 160–230 MB with throughput within the run's noise. Unlike a heap limit (`--max-old-space-size`), a growing factor
 * never turns a large document into a crashed process: the heap still grows as far as what is live needs.
 *
 * V8 reads the factor each time it sets the next collection's limit, so setting it after start takes effect from
 * the next full collection.
 */
export function applyHeapGrowth(percent: number): void {
  configured = Math.round(percent);
  apply();
}

/**
 * Runs `build` with the heap's growth halved (buildingGrowth) until it settles, then back to the setting once no
 * other pack is being built.
 *
 * Why: an audit pack allocates fast for tens of seconds — every register, PDF and ledger line of the organization
 * — so its heap sits at the growth limit most of the time, and that limit set the pack's peak memory. At `large`
 * (bench, PostgreSQL, 3 packs in one process) the pack peaked at 309–374 MB with the setting's 100 % and at 275–294
 * MB with 50 %, for ≈ 5 % more time: collections come more often. Requests served meanwhile pay that too, but only
 * while a pack is built; the rest of the time the setting holds.
 */
export async function withBuildingHeap<T>(build: () => Promise<T>): Promise<T> {
  building += 1;
  if (building === 1) apply();
  try {
    return await build();
  } finally {
    building -= 1;
    if (building === 0) apply();
  }
}
