// The resident set of a server and every process it started, read from /proc by the bench itself. Asking the server
// over IPC needs its event loop, and a request that blocks the loop (a large export on PGlite) left the question
// unanswered and ended the run; /proc answers whatever the server is doing.
import fs from 'node:fs';

/** Parent pid by pid, for every process /proc lists now. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** A memory figure of a process's /proc status (VmRSS now, VmHWM its peak) in bytes; 0 once it ended or without /proc. */
export function procMemory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `pid` and all its descendants, or null where there is no /proc. */
function tree(pid: number): number[] | null {
  if (!fs.existsSync(`/proc/${pid}/status`)) return null;
  const byParent = new Map<number, number[]>();
  for (const [child, parent] of parents()) byParent.set(parent, [...(byParent.get(parent) ?? []), child]);
  const out: number[] = [];
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    out.push(p);
    todo.push(...(byParent.get(p) ?? []));
  }
  return out;
}

/** Bytes resident in `pid` and all its descendants; null where there is no /proc (the caller asks over IPC). */
export function treeRss(pid: number): number | null {
  return tree(pid)?.reduce((sum, p) => sum + procMemory(p, 'VmRSS'), 0) ?? null;
}

/**
 * Starts the kernel's peak-RSS count (VmHWM) of `pid` and its descendants again (`clear_refs` 5), so `treePeak` reads
 * the peak since now; false where that is not possible (no /proc, or not allowed).
 */
export function resetPeak(pid: number): boolean {
  const pids = tree(pid);
  if (!pids) return false;
  try {
    for (const p of pids) fs.writeFileSync(`/proc/${p}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The kernel's peak RSS (VmHWM) of `pid` plus its descendants', in bytes: exact for one process, and for several
 * an upper bound (their peaks may not coincide). Sampling RSS misses what happens between samples — and a process
 * that samples itself misses everything while its event loop is held — the kernel's count misses nothing.
 */
export function treePeak(pid: number): number | null {
  return tree(pid)?.reduce((sum, p) => sum + procMemory(p, 'VmHWM'), 0) ?? null;
}
