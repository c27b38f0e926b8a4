// A long synchronous loop — laying out a PDF table, writing workbook rows — hands the event loop back every SLICE_MS,
// so a large export does not hold up what the process does meanwhile: the requests it answers, the jobs it runs,
// other exports. Without it, the audit pack's 22,000-risk register held a server's event loop for 11.5 s in one go
// (issue 17).

/** How long a loop works before it lets other work run. */
export const SLICE_MS = 10;

/** Time slices of one loop: call `pause()` after each unit of work. */
export class TimeSlices {
  private started = performance.now();

  constructor(private readonly ms = SLICE_MS) {}

  /** Resolves at once within the slice; once it is used up, after the event loop has had a turn. */
  async pause(): Promise<void> {
    if (performance.now() - this.started < this.ms) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }
}
