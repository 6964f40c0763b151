import { createPrivateKey, createPublicKey } from 'node:crypto';
import { z } from 'zod';

const hostPort = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port, e.g. 127.0.0.1:7233');

/** A TCP port given as text in the environment. */
export const portSetting = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number between 1 and 65535')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535'));

/**
 * A PEM key given in the environment. Real line breaks and the two characters '\n' (as .env files
 * and CI secrets often carry them) are both accepted.
 */
function pemKeySetting(kind: 'public' | 'private') {
  const label = kind === 'public' ? 'PUBLIC KEY' : 'PRIVATE KEY';
  return z
    .string()
    .transform((text) => text.replace(/\\n/g, '\n').trim())
    .refine(
      (pem) => {
        // createPublicKey also accepts a private key (and derives the public half): refuse that, or the
        // private key would end up in every service's environment.
        if (!pem.startsWith(`-----BEGIN ${label}-----`)) return false;
        try {
          const key = kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem);
          return key.asymmetricKeyType === 'ed25519';
        } catch {
          return false;
        }
      },
      `must be an Ed25519 ${kind} key in PEM format, starting with -----BEGIN ${label}-----`,
    );
}

export const publicKeySetting = pemKeySetting('public');
export const privateKeySetting = pemKeySetting('private');

export const secondsSetting = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number of seconds')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be at least 1 second'));

/** A whole number within bounds, e.g. a count or a size in bytes. */
export const wholeNumberSetting = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));

/** The settings every service needs. A service extends this with its own. */
export const serviceConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: portSetting,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/[^\s]+$/, 'must be a postgres:// URL, e.g. postgres://user:password@127.0.0.1:5432/db'),
  KAFKA_BROKERS: z
    .string()
    .transform((s) => s.split(',').map((b) => b.trim()).filter(Boolean))
    .pipe(z.array(hostPort).min(1, 'must list at least one broker as host:port[,host:port...]')),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'may contain only letters, digits, ".", "_" and "-"')
    .default(''),
  TEMPORAL_ADDRESS: hostPort,
  TEMPORAL_NAMESPACE: z.string().trim().min(1).default('default'),
  /** Prepended to task queue names, so that separate deployments can share one Temporal namespace. */
  TEMPORAL_TASK_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'may contain only letters, digits, ".", "_" and "-"')
    .default(''),
  /** Verifies access tokens; only the registration service holds the matching private key. */
  AUTH_PUBLIC_KEY: publicKeySetting,
  /**
   * Signs the heads of the service's audit chain that it publishes to Kafka (audit.heads); auditors
   * verify them with the public half (AUDIT_VERIFY_KEY of `npm run audit:verify`).
   */
  AUDIT_SIGNING_KEY: privateKeySetting,
  /** Connections of the service's pool, and Postgres' backstops on each of them (see DatabaseTimeouts). */
  DB_POOL_SIZE: wholeNumberSetting(2, 200).default(10),
  DB_STATEMENT_TIMEOUT_MS: wholeNumberSetting(100, 3_600_000).default(30_000),
  DB_LOCK_TIMEOUT_MS: wholeNumberSetting(100, 3_600_000).default(5_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: wholeNumberSetting(100, 3_600_000).default(10_000),
  DB_CONNECT_TIMEOUT_MS: wholeNumberSetting(100, 3_600_000).default(5_000),
  /**
   * How long a consumer group waits for a member that stopped heartbeating (a killed instance) before
   * giving its partitions to others; a restarted instance may wait as long to join. 6 s at least.
   */
  KAFKA_SESSION_TIMEOUT_MS: wholeNumberSetting(6_000, 300_000).default(10_000),
  /** How long a SIGTERM may take: the service stops taking work, lets what runs finish, then exits. */
  SHUTDOWN_TIMEOUT_MS: wholeNumberSetting(1_000, 120_000).default(9_000),
  /**
   * How many working days (工作日, official calendar) an approval step waits before its approvers are
   * reminded (催办), and before it is escalated: to the end of that working day, China time.
   */
  APPROVAL_REMINDER_WORKING_DAYS: wholeNumberSetting(1, 60).default(2),
  APPROVAL_DEADLINE_WORKING_DAYS: wholeNumberSetting(1, 60).default(5),
  /** Short periods in seconds instead of working days (tests, demonstrations); either one set decides. */
  APPROVAL_REMINDER_AFTER_SECONDS: secondsSetting.optional(),
  APPROVAL_DEADLINE_SECONDS: secondsSetting.optional(),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export const taskQueueName = (config: Pick<ServiceConfig, 'TEMPORAL_TASK_QUEUE_PREFIX'>, base: string): string =>
  `${config.TEMPORAL_TASK_QUEUE_PREFIX}${base}`;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment against a schema. Every problem is reported at once, each naming its
 * setting, so an operator fixes a deployment in one pass. Values are not echoed: some are secrets.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv | Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const setting = issue.path.map(String).join('.') || '(environment)';
    const missing = issue.path.length > 0 && env[String(issue.path[0])] === undefined;
    return missing ? `${setting}: is required but not set` : `${setting}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}
