/**
 * The soak's own Postgres, Kafka and Temporal: deploy/local/infra.sh run with a state folder of the
 * soak's own (in the system's temporary folder) and ports of its own, so that killing the broker or
 * Temporal here never disturbs the demo city's servers or a test run beside it.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, repositoryRoot } from '@lc/testing';
import { Log } from './log';
import { DEFAULT_SERVER_PORTS, PortWishes, SoakSettings } from './settings';

export type InfraPart = 'postgres' | 'kafka' | 'temporal';

export interface SoakInfra {
  stateDir: string;
  ports: PortWishes;
  /** The soak's database on its own server (not the server's default database). */
  databaseUrl: string;
  kafkaBrokers: string;
  temporalAddress: string;
  /** Where Postgres keeps postmaster.pid, whose first line is the postmaster's pid. */
  postgresDataDir: string;
  /** `infra.sh restart <part>`; resolves when the part answers again. */
  restart: (part: InfraPart) => Promise<void>;
  /** Stops the servers, and removes the state folder unless asked to keep it. */
  stop: (options: { keep: boolean }) => Promise<void>;
}

const infraScript = join(repositoryRoot, 'deploy', 'local', 'infra.sh');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * The wished ports when free, else free ones. A default server's port is refused outright even when
 * it happens to be free: a soak on it could be mistaken for, or collide with, the demo city's servers.
 */
async function choosePorts(wishes: PortWishes, log: Log): Promise<PortWishes> {
  const chosen = { ...wishes };
  const taken = new Set<number>();
  for (const key of Object.keys(wishes) as (keyof PortWishes)[]) {
    if (Object.values(DEFAULT_SERVER_PORTS).includes(wishes[key] as never)) {
      throw new Error(`the soak's ${key} port ${wishes[key]} is a default server port; choose another (SOAK_*_PORT)`);
    }
    let port = wishes[key];
    while (taken.has(port) || !(await portIsFree(port))) {
      const next = await freePort();
      log(`port ${port} for ${key} is in use; using ${next}`);
      port = next;
    }
    taken.add(port);
    chosen[key] = port;
  }
  return chosen;
}

/**
 * Starts the servers. `onStoppable` gets the stop function as soon as there is something to stop, so
 * that Ctrl-C during the start still stops what was started.
 */
export async function startInfra(settings: SoakSettings, log: Log, onStoppable: (stop: SoakInfra['stop']) => void): Promise<SoakInfra> {
  const ports = await choosePorts(settings.ports, log);
  const stateDir = mkdtempSync(join(tmpdir(), 'lc-soak-'));
  const callLog = join(stateDir, 'infra-calls.log');
  // Only what infra.sh needs: the caller's DATABASE_URL etc. (perhaps the demo city's) must not leak in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    ...(process.env.LC_CACHE_DIR ? { LC_CACHE_DIR: process.env.LC_CACHE_DIR } : {}),
    ...(process.env.XDG_CACHE_HOME ? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME } : {}),
    LC_STATE_DIR: stateDir,
    LC_PG_PORT: String(ports.postgres),
    LC_KAFKA_PORT: String(ports.kafka),
    LC_KAFKA_CONTROLLER_PORT: String(ports.kafkaController),
    LC_TEMPORAL_PORT: String(ports.temporal),
    LC_TEMPORAL_UI_PORT: String(ports.temporalUi),
  };

  /** Runs infra.sh; its output goes to the state folder's infra-calls.log, and its tail into the error. */
  const infra = (...args: string[]): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn('bash', [infraScript, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const keep = (chunk: Buffer) => {
        output += chunk.toString();
        appendFileSync(callLog, chunk);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`infra.sh ${args.join(' ')} exited with ${code}:\n${output.split('\n').slice(-15).join('\n')}`)),
      );
    });

  log(`starting Postgres :${ports.postgres}, Kafka :${ports.kafka}, Temporal :${ports.temporal} in ${stateDir}`);
  const serverUrl = `postgres://lc:lc@127.0.0.1:${ports.postgres}/lc`;
  let stopping: Promise<void> | undefined;
  const stop = ({ keep }: { keep: boolean }) =>
    (stopping ??= (async () => {
      await infra('stop').catch((err) => log(`stopping the servers: ${err.message}`));
      if (keep) log(`state folder kept: ${stateDir} (servers' logs in logs/, services' in services/)`);
      else rmSync(stateDir, { recursive: true, force: true });
    })());
  onStoppable(stop);
  try {
    await infra('start');
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${settings.database} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${settings.database}`);
    } finally {
      await admin.end();
    }
  } catch (err) {
    await stop({ keep: settings.keep });
    throw err;
  }
  return {
    stateDir,
    ports,
    databaseUrl: `postgres://lc:lc@127.0.0.1:${ports.postgres}/${settings.database}`,
    kafkaBrokers: `127.0.0.1:${ports.kafka}`,
    temporalAddress: `127.0.0.1:${ports.temporal}`,
    postgresDataDir: join(stateDir, 'data', 'postgres'),
    restart: (part) => infra('restart', part),
    stop,
  };
}
