import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { generateSigningKeyPair, Principal, TokenIssuer } from '@lc/auth';
import { repositoryRoot } from './infrastructure';
import { TEST_TEMPORAL_NAMESPACE } from './temporal-namespace';

/** One signing key pair per test process: services verify with the public half, tests sign with the private one. */
const keys = generateSigningKeyPair();
/** Tokens minted by tests outlive the longest test; the services' own come from login and live minutes. */
const issuer = new TokenIssuer(keys.privateKeyPem, 8 * 3600);
/** The pair the services sign their audit chain heads with; tests verify with the public half. */
const auditKeys = generateSigningKeyPair();
export const auditVerifyKey = auditKeys.publicKeyPem;

function serverSetting(name: 'KAFKA_BROKERS' | 'TEMPORAL_ADDRESS'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest, whose global setup starts the servers`);
  return value;
}

/** The environment every service takes, pointed at a test database, a topic/task-queue prefix and the tests' Temporal namespace. */
export function serviceEnv(options: { databaseUrl: string; prefix: string }): Record<string, string> {
  return {
    DATABASE_URL: options.databaseUrl,
    KAFKA_BROKERS: serverSetting('KAFKA_BROKERS'),
    KAFKA_TOPIC_PREFIX: options.prefix,
    TEMPORAL_ADDRESS: serverSetting('TEMPORAL_ADDRESS'),
    TEMPORAL_NAMESPACE: TEST_TEMPORAL_NAMESPACE,
    TEMPORAL_TASK_QUEUE_PREFIX: options.prefix,
    LOG_LEVEL: 'warn',
    AUTH_PUBLIC_KEY: keys.publicKeyPem,
    AUDIT_SIGNING_KEY: auditKeys.privateKeyPem,
  };
}

/**
 * Registration also signs tokens. Tests log in often from one address, so the per-address limit is
 * lifted; and a test keeps the root cadre's token from one login, so access tokens last an hour.
 */
export function registrationEnv(options: { databaseUrl: string; prefix: string }): Record<string, string> {
  return { ...serviceEnv(options), AUTH_PRIVATE_KEY: keys.privateKeyPem, LOGIN_RATE_LIMIT_PER_MINUTE: '10000', ACCESS_TOKEN_TTL_MINUTES: '60' };
}

/**
 * A token as registration would issue it at login, for tests that act as many users at once, each of
 * its own session. The principal's unit and path must be real units of the test's tree for scope
 * checks to mean anything.
 */
export function tokenFor(principal: Principal): Promise<string> {
  return issuer.issue(principal, randomUUID());
}

/** Runs registration's install command (the root unit and its first cadre) against a test database. */
export async function installRoot(env: Record<string, string>, settings: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [join(repositoryRoot, 'services', 'registration', 'dist', 'bootstrap', 'install.js')], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', ...env, ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`install exited with ${code}:\n${output}`);
  return output;
}

// Response bodies are checked field by field by the tests; their static type adds nothing there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A small HTTP client for a service under test: JSON in, status and JSON (or text) out. */
export function apiClient(baseUrl: string, token?: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: Json = text;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (a CSV export): the text is the body.
    }
    return { status: res.status, body: json, headers: res.headers };
  };
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body ?? {}, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) => call('PATCH', path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) => call('PUT', path, body, headers),
    /** Any method, with extra headers. */
    send: call,
  };
}
