import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
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
  const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // A test run that dies without afterAll must not leave the server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

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
    process.off('exit', killOnExit);
    throw err;
  }
  return {
    endpoint,
    stop: async () => {
      await stop(child);
      process.off('exit', killOnExit);
    },
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
