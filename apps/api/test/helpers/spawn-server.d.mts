/** Types of spawn-server.mjs (plain JavaScript, shared with the benchmark). */
export interface ServerProcess {
  name: string;
  baseUrl: string;
  pid: number | undefined;
  /** The process's output so far (the last `maxLogChars` characters). */
  log(): string;
  /** null while running. */
  exitCode(): number | string | null;
  stop(): Promise<void>;
}

export function spawnServer(opts: {
  server: string;
  /** Labels the process in error messages, e.g. `API A`. */
  name: string;
  env: Record<string, string | undefined>;
  nodeArgs?: string[];
  tempPrefix?: string;
  startTimeoutMs?: number;
  pollMs?: number;
  maxLogChars?: number;
}): Promise<ServerProcess>;
