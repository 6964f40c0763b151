import { generateSigningKeyPair } from '@lc/auth';
import { ConfigError, loadConfig, serviceConfigSchema } from './service-config';

const keys = generateSigningKeyPair();
const auditKeys = generateSigningKeyPair();

const valid = {
  AUTH_PUBLIC_KEY: keys.publicKeyPem,
  AUDIT_SIGNING_KEY: auditKeys.privateKeyPem,
  PORT: '3001',
  DATABASE_URL: 'postgres://lc:lc@127.0.0.1:54329/lc',
  KAFKA_BROKERS: '127.0.0.1:19092, 127.0.0.1:19094',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(serviceConfigSchema, env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('service configuration', () => {
  it('parses a valid environment and applies defaults', () => {
    expect(loadConfig(serviceConfigSchema, valid)).toEqual({
      ...valid,
      PORT: 3001,
      KAFKA_BROKERS: ['127.0.0.1:19092', '127.0.0.1:19094'],
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      KAFKA_TOPIC_PREFIX: '',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE_PREFIX: '',
      AUTH_PUBLIC_KEY: keys.publicKeyPem.trim(),
      AUDIT_SIGNING_KEY: auditKeys.privateKeyPem.trim(),
      APPROVAL_REMINDER_WORKING_DAYS: 2,
      APPROVAL_DEADLINE_WORKING_DAYS: 5,
      DB_POOL_SIZE: 10,
      DB_STATEMENT_TIMEOUT_MS: 30_000,
      DB_LOCK_TIMEOUT_MS: 5_000,
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 10_000,
      DB_CONNECT_TIMEOUT_MS: 5_000,
      KAFKA_SESSION_TIMEOUT_MS: 10_000,
      SHUTDOWN_TIMEOUT_MS: 9_000,
    });
  });

  it('takes a PEM key with its line breaks written as \\n, as .env files and CI secrets carry them', () => {
    const oneLine = keys.publicKeyPem.trim().replace(/\n/g, '\\n');
    expect(loadConfig(serviceConfigSchema, { ...valid, AUTH_PUBLIC_KEY: oneLine }).AUTH_PUBLIC_KEY).toBe(keys.publicKeyPem.trim());
  });

  it('refuses a public key that is not Ed25519 PEM, and a private key given as the public one', () => {
    const message = 'AUTH_PUBLIC_KEY: must be an Ed25519 public key in PEM format, starting with -----BEGIN PUBLIC KEY-----';
    expect(problemsOf({ ...valid, AUTH_PUBLIC_KEY: 'secret' })).toEqual([message]);
    expect(problemsOf({ ...valid, AUTH_PUBLIC_KEY: keys.privateKeyPem })).toEqual([message]);
  });

  it('refuses an audit signing key that is not an Ed25519 private key, and a public key given as it', () => {
    const message = 'AUDIT_SIGNING_KEY: must be an Ed25519 private key in PEM format, starting with -----BEGIN PRIVATE KEY-----';
    expect(problemsOf({ ...valid, AUDIT_SIGNING_KEY: 'secret' })).toEqual([message]);
    expect(problemsOf({ ...valid, AUDIT_SIGNING_KEY: auditKeys.publicKeyPem })).toEqual([message]);
  });

  it('names a malformed setting and says what is expected', () => {
    expect(problemsOf({ ...valid, PORT: 'eighty' })).toEqual(['PORT: must be a whole number between 1 and 65535']);
    expect(problemsOf({ ...valid, PORT: '70000' })).toEqual(['PORT: must be between 1 and 65535']);
    expect(problemsOf({ ...valid, DATABASE_URL: 'mysql://x' })).toEqual([
      expect.stringMatching(/^DATABASE_URL: must be a postgres:\/\/ URL/),
    ]);
    expect(problemsOf({ ...valid, TEMPORAL_ADDRESS: 'localhost' })).toEqual([
      'TEMPORAL_ADDRESS: must be host:port, e.g. 127.0.0.1:7233',
    ]);
    expect(problemsOf({ ...valid, DB_LOCK_TIMEOUT_MS: '5s' })).toEqual(['DB_LOCK_TIMEOUT_MS: must be a whole number from 100 to 3600000']);
  });

  it('reports every missing setting at once', () => {
    expect(problemsOf({})).toEqual([
      'PORT: is required but not set',
      'DATABASE_URL: is required but not set',
      'KAFKA_BROKERS: is required but not set',
      'TEMPORAL_ADDRESS: is required but not set',
      'AUTH_PUBLIC_KEY: is required but not set',
      'AUDIT_SIGNING_KEY: is required but not set',
    ]);
  });

  it('does not echo setting values, which may be secrets', () => {
    const message = new ConfigError(problemsOf({ ...valid, DATABASE_URL: 'mysql://user:s3cret@host/db' })).message;
    expect(message).not.toContain('s3cret');
  });
});
