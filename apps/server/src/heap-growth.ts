// How far a server process lets V8's heap grow past what is live before it collects (issue 17: peak memory).
import v8 from 'node:v8';

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
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
