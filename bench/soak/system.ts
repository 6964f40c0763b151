/**
 * The four built services as child processes (services/<name>/dist/main.js), with the environment the
 * test harness gives them (so a setting that becomes required there reaches the soak too), each on a
 * fixed port for the whole run so that the users' apps keep their addresses across restarts. Output
 * goes to one file per service in the state folder, not into memory: a long run writes a lot.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtServiceEntry, freePort, hazardRewardEnv, registrationEnv, repositoryRoot, serviceEnv } from '@lc/testing';
import { Log, sleep } from './log';
import { SoakSettings } from './settings';

export const SERVICE_NAMES = ['registration', 'hazard-reward', 'assessment', 'awards'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const READY_PROBE_TIMEOUT_MS = 2_000;
/** How long a service may take to stop on SIGTERM, as a container runtime would allow, before SIGKILL. */
const STOP_GRACE_MS = 15_000;
const SUPERVISOR_MAX_DELAY_MS = 10_000;

export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  /** Which readiness route the service has: /health/ready once it exists, /health before. */
  private readyPath: '/health/ready' | '/health' | undefined;
  starts = 0;
  /** Exits the soak did not cause (a crash), with their codes. */
  readonly unexpectedExits: string[] = [];
  private expectingExit = false;
  /** Once the system is up, an exit the soak did not cause is followed by a new start, as a supervisor would. */
  supervised = false;
  private closing = false;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: Record<string, string>,
    readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  spawn(): void {
    // Once the soak stops the system, a fault or the supervisor in mid-restart must not start it again.
    if (this.closing) return;
    const out = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [builtServiceEntry(this.name)], {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH ?? '', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    this.starts++;
    this.expectingExit = false;
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        resolve();
        if (this.expectingExit || this.child !== child) return;
        if (!this.supervised) return;
        this.unexpectedExits.push(`${this.name} exited by itself (${signal ?? `code ${code}`}) at ${new Date().toISOString()}`);
        // As a supervisor (systemd, Kubernetes) would: start it again, a little later each time.
        const delay = Math.min(SUPERVISOR_MAX_DELAY_MS, 1000 * 2 ** Math.min(5, this.unexpectedExits.length - 1));
        setTimeout(() => {
          if (!this.expectingExit && this.child === child) this.spawn();
        }, delay);
      }),
    );
  }

  /** 200 from the readiness route; /health/ready when it answers anything but 404, else /health. */
  async ready(): Promise<boolean> {
    const probe = async (path: string) => (await fetch(`${this.url}${path}`, { signal: AbortSignal.timeout(READY_PROBE_TIMEOUT_MS) })).status;
    try {
      if (this.readyPath !== '/health') {
        const status = await probe('/health/ready');
        if (status !== 404) {
          this.readyPath = '/health/ready';
          return status === 200;
        }
        this.readyPath = '/health';
      }
      return (await probe('/health')) === 200;
    } catch {
      return false;
    }
  }

  get readinessRoute(): string {
    return this.readyPath ?? 'unknown';
  }

  /** Polls readiness every 100 ms; the milliseconds it took, or throws after timeoutMs. */
  async waitReady(timeoutMs: number, since = Date.now()): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running && !this.supervised) throw new Error(`${this.name} exited while starting; see ${this.logFile}:\n${this.logTail()}`);
      // Not running: it exited by itself and the supervisor starts it again; keep waiting until the deadline.
      if (this.running && (await this.ready())) return Date.now() - since;
      await sleep(100);
    }
    if (!this.running) throw new Error(`${this.name} is not running (it exited by itself); see ${this.logFile}:\n${this.logTail()}`);
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms; see ${this.logFile}:\n${this.logTail()}`);
  }

  /** kill -9, as a crash or an OOM killer would: no shutdown hook runs. Resolves once the process is gone. */
  async kill9(): Promise<void> {
    if (!this.running) return;
    this.expectingExit = true;
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and the service's own graceful shutdown; SIGKILL after the grace period. How long it took, and whether it was killed. */
  async stop(): Promise<{ ms: number; killed: boolean }> {
    this.closing = true;
    const started = Date.now();
    if (!this.running) return { ms: 0, killed: false };
    this.expectingExit = true;
    this.child?.kill('SIGTERM');
    const stopped = await Promise.race([this.exited?.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!stopped) await this.kill9();
    return { ms: Date.now() - started, killed: !stopped };
  }

  logTail(lines = 20): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no output)';
    }
  }

  /** Log lines at warn (40) and above, counted by message, from the service's pino JSON output. */
  warnings(): Record<string, number> {
    const counts: Record<string, number> = {};
    let text = '';
    try {
      text = readFileSync(this.logFile, 'utf8');
    } catch {
      return counts;
    }
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) {
        if (line.trim()) counts['(not JSON) ' + line.slice(0, 100)] = (counts['(not JSON) ' + line.slice(0, 100)] ?? 0) + 1;
        continue;
      }
      try {
        const entry = JSON.parse(line);
        if (typeof entry.level !== 'number' || entry.level < 40) continue;
        const key = `${entry.level >= 50 ? 'error' : 'warn'}: ${String(entry.msg ?? entry.message).slice(0, 100)}`;
        counts[key] = (counts[key] ?? 0) + 1;
      } catch {
        counts['(unparsed line)'] = (counts['(unparsed line)'] ?? 0) + 1;
      }
    }
    return counts;
  }
}

export interface SoakSystem {
  services: Record<ServiceName, ServiceProcess>;
  /** The environment registration was started with: install takes the same. */
  registrationEnvironment: Record<string, string>;
  /** Stops every service (SIGTERM, then SIGKILL after the grace period); per service, how it went. */
  stop: () => Promise<Record<ServiceName, { ms: number; killed: boolean }>>;
}

/**
 * Starts the four services at once (as the start script does) and waits until each is ready. The
 * harness's env functions read KAFKA_BROKERS and TEMPORAL_ADDRESS from process.env: the caller points
 * those at the soak's own servers first.
 */
export async function startSystem(
  settings: SoakSettings,
  databaseUrl: string,
  stateDir: string,
  log: Log,
  /** Gets the stop function before any process starts, so that Ctrl-C during the start stops them too. */
  onStoppable: (stop: SoakSystem['stop']) => void,
): Promise<SoakSystem> {
  const options = { databaseUrl, prefix: settings.prefix };
  const logDir = join(stateDir, 'services');
  mkdirSync(logDir, { recursive: true });
  // Taken once: a restarted hazard-reward must keep its reporter tag key and photo folder. The photos
  // go in the state folder with everything else of the run (the harness's own folder is not needed).
  const harness = hazardRewardEnv(options);
  rmSync(harness.PHOTO_STORE_DIR, { recursive: true, force: true });
  const hazardReward: Record<string, string> = {
    ...harness,
    PHOTO_STORE_DIR: join(stateDir, 'photos'),
  };
  const registration = registrationEnv(options);
  const envs: Record<ServiceName, Record<string, string>> = {
    registration,
    'hazard-reward': hazardReward,
    assessment: serviceEnv(options),
    awards: { ...serviceEnv(options), PUBLICITY_PERIOD_SECONDS: String(settings.publicitySeconds) },
  };
  const services = {} as Record<ServiceName, ServiceProcess>;
  for (const name of SERVICE_NAMES) {
    services[name] = new ServiceProcess(name, await freePort(), envs[name], join(logDir, `${name}.log`));
  }
  const stop = async () => {
    const results = await Promise.all(SERVICE_NAMES.map((name) => services[name].stop()));
    return Object.fromEntries(SERVICE_NAMES.map((name, i) => [name, results[i]])) as Record<ServiceName, { ms: number; killed: boolean }>;
  };
  onStoppable(stop);
  try {
    for (const name of SERVICE_NAMES) services[name].spawn();
    const took = await Promise.all(SERVICE_NAMES.map((name) => services[name].waitReady(120_000)));
    for (const name of SERVICE_NAMES) services[name].supervised = true;
    log(`services ready: ${SERVICE_NAMES.map((name, i) => `${name} :${services[name].port} (${(took[i] / 1000).toFixed(1)} s, ${services[name].readinessRoute})`).join(', ')}`);
  } catch (err) {
    await stop();
    throw err;
  }
  return { services, registrationEnvironment: registration, stop };
}
