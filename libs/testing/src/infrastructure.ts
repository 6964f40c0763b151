import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Where the tests' Postgres, Kafka and Temporal come from. The tests never know:
 * - `external`: DATABASE_URL, KAFKA_BROKERS and TEMPORAL_ADDRESS are already set (servers someone runs);
 * - `docker`: LC_INFRA=docker starts the stack of docker-compose.yml;
 * - `local` (default): deploy/local/infra.sh installs and starts real servers as local processes.
 */
export type InfrastructureMode = 'external' | 'docker' | 'local';

export interface InfrastructureEndpoints {
  mode: InfrastructureMode;
  databaseUrl: string;
  kafkaBrokers: string;
  temporalAddress: string;
}

export const repositoryRoot = join(__dirname, '..', '..', '..');
const infraScript = join(repositoryRoot, 'deploy', 'local', 'infra.sh');
const composeFile = join(repositoryRoot, 'docker-compose.yml');

const DOCKER_ENDPOINTS = {
  DATABASE_URL: 'postgres://lc:lc@127.0.0.1:54329/lc',
  KAFKA_BROKERS: '127.0.0.1:19092',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
};

export function infrastructureMode(env = process.env): InfrastructureMode {
  if (env.LC_INFRA_MODE === 'external' || env.LC_INFRA_MODE === 'docker' || env.LC_INFRA_MODE === 'local') {
    return env.LC_INFRA_MODE;
  }
  if (env.DATABASE_URL && env.KAFKA_BROKERS && env.TEMPORAL_ADDRESS) return 'external';
  return env.LC_INFRA === 'docker' ? 'docker' : 'local';
}

/** Starts (or reuses) the servers and exports their addresses into process.env for the test workers. */
export function ensureInfrastructure(): InfrastructureEndpoints {
  const mode = infrastructureMode();
  if (mode === 'docker') {
    execFileSync('docker', ['compose', '-f', composeFile, 'up', '-d', '--wait', 'postgres', 'kafka', 'temporal'], {
      stdio: 'inherit',
    });
    Object.assign(process.env, DOCKER_ENDPOINTS);
  } else if (mode === 'local') {
    execFileSync('bash', [infraScript, 'start'], { stdio: 'inherit' });
    Object.assign(process.env, parseExports(execFileSync('bash', [infraScript, 'env'], { encoding: 'utf8' })));
  }
  process.env.LC_INFRA_MODE = mode;
  return {
    mode,
    databaseUrl: required('DATABASE_URL'),
    kafkaBrokers: required('KAFKA_BROKERS'),
    temporalAddress: required('TEMPORAL_ADDRESS'),
  };
}

/** Stops or starts one server, for tests of failure and recovery. Only possible where the tests own it. */
export function controlServer(action: 'stop' | 'start', server: 'kafka' | 'postgres' | 'temporal'): void {
  const mode = infrastructureMode();
  if (mode === 'local') execFileSync('bash', [infraScript, action, server], { stdio: 'inherit' });
  else if (mode === 'docker') execFileSync('docker', ['compose', '-f', composeFile, action, server], { stdio: 'inherit' });
  else throw new Error(`cannot ${action} ${server}: the servers are external (unset DATABASE_URL etc. to let the tests run their own)`);
}

function parseExports(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const match of text.matchAll(/^export ([A-Z_]+)=(.*)$/gm)) vars[match[1]] = match[2].replace(/^["']|["']$/g, '');
  return vars;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set after starting the infrastructure`);
  return value;
}
