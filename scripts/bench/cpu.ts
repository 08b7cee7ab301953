// CPU time by process, read from /proc (Linux), so an HTTP run can say where each request's CPU
// went: the service, PostgreSQL (every backend of the local server), and the load generator.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK))

/** User + system CPU seconds of one process, or 0 once it has gone. */
export function processCpuSeconds(pid: number): number {
  try {
    // comm may hold spaces and parentheses: the fields that follow start after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
  } catch {
    return 0;
  }
}

/** CPU seconds so far of every process named `name`, by pid. */
export function cpuByName(name: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) out.set(Number(entry), processCpuSeconds(Number(entry)));
    } catch {
      // gone between the listing and the read
    }
  }
  return out;
}

/**
 * CPU seconds spent between two readings of cpuByName: processes that started in between count
 * from zero; those that ended in between are lost (a pool keeps its backends, so few are).
 */
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/**
 * CPU seconds so far of the PostgreSQL backends connected to `database`, by pid: on a server
 * that other work shares, the part of PostgreSQL's CPU this run caused (background processes,
 * such as the WAL writer, are left out).
 */
export function cpuOfBackends(database: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const [pid] of cpuByName('postgres')) {
    try {
      // A backend's title: "postgres: 15/main: user database host(port) state".
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (title.split(' ').includes(database)) out.set(pid, processCpuSeconds(pid));
    } catch {
      // gone between the listing and the read
    }
  }
  return out;
}
