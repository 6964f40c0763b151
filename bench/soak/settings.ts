/**
 * What the soak reads from its environment, in one place, with the defaults CI runs with. Every
 * other module takes these settings as an argument instead of reading process.env itself, so that a
 * run's settings can be printed with its figures and nothing depends on the shell it came from.
 */

/** The ports of the default local servers (deploy/local): the soak never runs its own servers on these. */
export const DEFAULT_SERVER_PORTS = { postgres: 54329, kafka: 19092, kafkaController: 19093, temporal: 7233, temporalUi: 8233 } as const;

export interface PortWishes {
  postgres: number;
  kafka: number;
  kafkaController: number;
  temporal: number;
  temporalUi: number;
}

export interface SoakSettings {
  /** How long the users act and the faults come, in seconds. */
  seconds: number;
  /** Keep the state folder (data and logs of the servers and services) after the run. */
  keep: boolean;
  /**
   * The p99 during faults that the latency check allows: the longest a service lets a request wait on
   * what is failing (the 10 s Temporal deadline; the 5 s Postgres pause and lock timeout are shorter),
   * plus 2 s for the HTTP round trip on a loaded machine. A request answered 503 at the deadline is the
   * service keeping its bound, so the limit must lie above it, not on it.
   */
  p99LimitMs: number;
  /** Client timeout of every request. */
  requestTimeoutMs: number;
  /** How long a request whose service is down is retried, like a phone app would, before it gives up. */
  retryForMs: number;
  /** Upper bound of the wait for quiet once the load stops. */
  quietTimeoutMs: number;
  /** The wait for quiet ends early when nothing pending moved for this long. */
  quietStallMs: number;
  /** How long a nomination stays in publicity (公示) before it is conferred. */
  publicitySeconds: number;
  /** How often hazard-reward starts the workflows that could not be started at once. */
  workers: number;
  /** Mean pause of each worker between two reports. */
  reportIntervalMs: number;
  /** Pause of the union cadre between two nominations. */
  nominationIntervalMs: number;
  /** How often each cadre looks at their approval inbox. */
  inboxPollMs: number;
  /** Verifications in flight at once (inspectors and enterprise union cadres at work). */
  verifierLanes: number;
  /** Share of approval decisions that send the item back for revision (退回修改) instead of approving. */
  returnShare: number;
  /** Longest pause between two faults; shorter when the run is too short to fit every kind of fault. */
  faultPauseMaxSeconds: number;
  /** How long Postgres stays frozen (SIGSTOP) in the pause fault. */
  postgresPauseSeconds: number;
  /** Approval workflows whose recorded transitions are compared with the workflow's own (0 = all). */
  transitionSample: number;
  /** Topic and task-queue prefix, and database name, of the soak's system. */
  prefix: string;
  database: string;
  ports: PortWishes;
}

function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, { min = 0 } = {}): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number of at least ${min}, not '${text}'`);
  return value;
}

export function soakSettings(env: NodeJS.ProcessEnv = process.env): SoakSettings {
  const seconds = numberSetting(env, 'SOAK_SECONDS', 120, { min: 10 });
  return {
    seconds,
    keep: env.SOAK_KEEP === '1' || env.SOAK_KEEP === 'true',
    p99LimitMs: numberSetting(env, 'SOAK_P99_LIMIT_MS', 12_000, { min: 1 }),
    requestTimeoutMs: numberSetting(env, 'SOAK_REQUEST_TIMEOUT_MS', 15_000, { min: 100 }),
    retryForMs: numberSetting(env, 'SOAK_RETRY_SECONDS', 60, { min: 1 }) * 1000,
    quietTimeoutMs: numberSetting(env, 'SOAK_QUIET_TIMEOUT_SECONDS', 180, { min: 1 }) * 1000,
    quietStallMs: numberSetting(env, 'SOAK_QUIET_STALL_SECONDS', 60, { min: 1 }) * 1000,
    publicitySeconds: numberSetting(env, 'SOAK_PUBLICITY_SECONDS', 20, { min: 1 }),
    workers: numberSetting(env, 'SOAK_WORKERS', 20, { min: 1 }),
    reportIntervalMs: numberSetting(env, 'SOAK_REPORT_INTERVAL_MS', 6000, { min: 50 }),
    nominationIntervalMs: numberSetting(env, 'SOAK_NOMINATION_INTERVAL_MS', 4000, { min: 50 }),
    inboxPollMs: numberSetting(env, 'SOAK_INBOX_POLL_MS', 3000, { min: 100 }),
    verifierLanes: numberSetting(env, 'SOAK_VERIFIER_LANES', 3, { min: 1 }),
    returnShare: numberSetting(env, 'SOAK_RETURN_SHARE', 0.05),
    faultPauseMaxSeconds: numberSetting(env, 'SOAK_FAULT_PAUSE_SECONDS', 20, { min: 1 }),
    postgresPauseSeconds: numberSetting(env, 'SOAK_PG_PAUSE_SECONDS', 5, { min: 1 }),
    transitionSample: numberSetting(env, 'SOAK_TRANSITION_SAMPLE', 0),
    prefix: env.SOAK_PREFIX ?? 'soak.',
    database: env.SOAK_DATABASE ?? 'lc_soak',
    ports: {
      postgres: numberSetting(env, 'SOAK_PG_PORT', 55439, { min: 1 }),
      kafka: numberSetting(env, 'SOAK_KAFKA_PORT', 29092, { min: 1 }),
      kafkaController: numberSetting(env, 'SOAK_KAFKA_CONTROLLER_PORT', 29093, { min: 1 }),
      temporal: numberSetting(env, 'SOAK_TEMPORAL_PORT', 7299, { min: 1 }),
      temporalUi: numberSetting(env, 'SOAK_TEMPORAL_UI_PORT', 8299, { min: 1 }),
    },
  };
}
