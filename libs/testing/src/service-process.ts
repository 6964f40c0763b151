import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { repositoryRoot } from './infrastructure';
import { waitFor } from './wait-for';

export interface RunningService {
  name: string;
  url: string;
  port: number;
  /** The environment it was started with, to start it again the same way. */
  env: Record<string, string>;
  process: ChildProcess;
  /** Everything the process wrote, for assertions and for failure messages. */
  output: () => string;
  /** SIGTERM, SIGKILL after 10 s. */
  stop: () => Promise<void>;
  /** SIGKILL: the process dies at once, in the middle of whatever it was doing. */
  kill: () => Promise<void>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
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

/**
 * Starts a built service on a free port and waits until it is ready (/health/ready answers 200), or
 * only live (/health/live) when asked: a service started without one of its servers never gets ready.
 */
export async function startService(name: string, env: Record<string, string>, options: { waitUntil?: 'ready' | 'live'; port?: number } = {}): Promise<RunningService> {
  const port = options.port ?? (await freePort());
  const probe = options.waitUntil === 'live' ? '/health/live' : '/health/ready';
  const { process: child, output, exited } = spawnService(name, { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  await waitFor(
    `${name} to be ${options.waitUntil ?? 'ready'}`,
    async () => {
      if (exitCode !== undefined) throw new Error(`${name} exited with ${exitCode}:\n${output()}`);
      const res = await fetch(`${url}${probe}`);
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
    port,
    env,
    process: child,
    output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
      if (!stopped) child.kill('SIGKILL');
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Starts a service again on the same port with the same environment (after it was stopped or killed). */
export function restartService(service: RunningService, options: { waitUntil?: 'ready' | 'live'; env?: Record<string, string> } = {}): Promise<RunningService> {
  return startService(service.name, { ...service.env, ...options.env }, { port: service.port, waitUntil: options.waitUntil });
}
