/**
 * CPU time of the server process and of PostgreSQL (postmaster and its backends) from
 * /proc/<pid>/stat, so the report can say where a request's cost goes. Linux only: elsewhere
 * the meter reads null and the report shows a dash.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond = null;
function clockTicks() {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * [ppid, own utime + stime, utime + stime of its exited children] in ticks, or null when the
 * process is gone.
 */
function stat(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return [Number(fields[1]), Number(fields[11]) + Number(fields[12]), Number(fields[13]) + Number(fields[14])];
  } catch {
    return null;
  }
}

/**
 * Milliseconds of CPU used so far by `pid` and, with `children`, by its children — the running
 * ones and the exited ones it has reaped (PostgreSQL's parallel workers come and go).
 */
export function cpuMillis(pid, { children = false } = {}) {
  if (!existsSync('/proc/self/stat') || !pid) return null;
  const own = stat(pid);
  if (!own) return null;
  let ticks = own[1] + (children ? own[2] : 0);
  if (children) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const s = stat(entry);
      if (s && s[0] === pid) ticks += s[1];
    }
  }
  return (ticks * 1000) / clockTicks();
}

/** Milliseconds of CPU the whole machine spent busy so far (all cores; idle and iowait excluded). */
export function machineBusyMillis() {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number);
    return ((user + nice + system + irq + softirq + steal) * 1000) / clockTicks();
  } catch {
    return null;
  }
}
