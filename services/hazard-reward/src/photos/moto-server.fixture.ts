import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { freePort, waitFor } from '@lc/testing';

export interface MotoServer {
  /** http://127.0.0.1:<port>, an S3-compatible endpoint (any access key and secret are accepted). */
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts moto's server (a real S3-compatible HTTP server, from PyPI) on a free loopback port, for
 * tests of the S3 photo store. deploy/local/infra.sh installs it (`start`) and names it (`env`,
 * MOTO_SERVER_BIN); jest's global setup runs both.
 */
export async function startMotoServer(): Promise<MotoServer> {
  const bin = process.env.MOTO_SERVER_BIN;
  if (!bin || !existsSync(bin)) {
    throw new Error(
      `moto's S3 server is not installed (MOTO_SERVER_BIN=${bin ?? 'unset'}): run deploy/local/infra.sh start, which installs it, ` +
        'and take MOTO_SERVER_BIN from deploy/local/infra.sh env',
    );
  }
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  // Run by a small bash guard that stops the server when the guard's stdin closes: on stop(), and also when
  // this test process ends without stopping it (a failed test, a crash, a kill), as the OS closes the pipe.
  // The guard exits when the server does, so a server that dies at startup is seen at once.
  const guard = 'exec 3<&0; "$0" "$@" 3<&- & server=$!; { read -r _ <&3; kill "$server" 2>/dev/null; } & wait "$server"';
  const child = spawn('bash', ['-c', guard, bin, '-H', '127.0.0.1', '-p', String(port)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Nor may a server left running keep jest from exiting.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as Socket | null)?.unref();

  try {
    const exited = once(child, 'exit').then(([code, signal]) => {
      throw new Error(`moto server exited (${code ?? signal}) before answering: ${output}`);
    });
    const answering = waitFor(`moto server on ${endpoint}`, async () => (await fetch(`${endpoint}/moto-api/`)).ok, {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    exited.catch(() => undefined); // once answering, a later exit is stop()'s business
    await Promise.race([answering, exited]);
  } catch (err) {
    await stop(child);
    throw err;
  }
  return { endpoint, stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<void> {
  const running = child.exitCode === null && child.signalCode === null;
  const exited = running ? once(child, 'exit') : undefined;
  child.stdin?.end(); // also ends the guard's watcher when the server is already gone
  await exited;
}
