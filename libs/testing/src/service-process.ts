import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { repositoryRoot } from './infrastructure';
import { waitFor } from './wait-for';

export interface RunningService {
  name: string;
  url: string;
  process: ChildProcess;
  /** Everything the process wrote, for assertions and for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export function builtServiceEntry(name: string): string {
  const entry = join(repositoryRoot, 'services', name, 'dist', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npm run build)`);
  return entry;
}

/** Runs a built service as its own process, the way the start command does. */
export function spawnService(name: string, env: Record<string, string>): { process: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [builtServiceEntry(name)], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** Starts a built service on a free port and waits until its health endpoint answers 200. */
export async function startService(name: string, env: Record<string, string>): Promise<RunningService> {
  const port = await freePort();
  const { process: child, output, exited } = spawnService(name, { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  await waitFor(
    `${name} to report healthy`,
    async () => {
      if (exitCode !== undefined) throw new Error(`${name} exited with ${exitCode}:\n${output()}`);
      const res = await fetch(`${url}/health`);
      return res.status === 200;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  ).catch((err) => {
    child.kill('SIGKILL');
    throw new Error(`${err.message}\n--- ${name} output ---\n${output().slice(-4000)}`);
  });
  return {
    name,
    url,
    process: child,
    output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
      if (!stopped) child.kill('SIGKILL');
    },
  };
}
