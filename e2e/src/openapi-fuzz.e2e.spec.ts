import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { RunningService, startTestCity, TestCity } from '@lc/testing';

/**
 * A bounded fuzz of every service's OpenAPI spec: schemathesis sends each route the spec's examples,
 * its boundary values (empty, huge, wrong type, missing field) and random requests, with the token of
 * the city's cadre, who may do the most, on a test city of its own (a throwaway database and topic
 * prefix, never the demo city: a fuzz run with a cadre's token changes what it finds). Any 5xx fails:
 * bad input is the caller's fault and gets a 4xx that says which field and why.
 *
 * FUZZ_EXAMPLES (examples per route in the fuzzing phase, 12) and FUZZ_SEED (a fixed seed, so that a
 * failure found here is found again; change it to explore further) tune the run.
 */
const EXAMPLES_PER_ROUTE = process.env.FUZZ_EXAMPLES ?? '12';
const SEED = process.env.FUZZ_SEED ?? '20261207';

interface FuzzRun {
  code: number | null;
  output: string;
}

function schemathesisBin(): string {
  const bin = process.env.SCHEMATHESIS_BIN;
  if (!bin || !existsSync(bin)) {
    throw new Error(`schemathesis is not installed (SCHEMATHESIS_BIN=${bin ?? 'unset'}): deploy/local/infra.sh start installs it`);
  }
  return bin;
}

function fuzz(service: RunningService, token: string): Promise<FuzzRun> {
  const args = [
    'run',
    `${service.url}/docs-json`,
    '--url',
    service.url,
    '--checks',
    'not_a_server_error',
    '--phases',
    'examples,coverage,fuzzing',
    '--max-examples',
    EXAMPLES_PER_ROUTE,
    '--seed',
    SEED,
    // One worker: hypothesis parses lambda sources with Python's ast, which is not thread-safe here.
    '--workers',
    '1',
    '--request-timeout',
    '30',
    '--no-shrink',
    '--header',
    `Authorization: Bearer ${token}`,
    '--output-truncate',
    'false',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(schemathesisBin(), args, { env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The lines of schemathesis' summary that name what failed, so that the assertion message says it. */
function failuresIn(output: string): string {
  const start = output.indexOf('FAILURES');
  return start >= 0 ? output.slice(start) : output.slice(-8000);
}

describe('every route of every service, fuzzed from its OpenAPI spec with a cadre token', () => {
  let city: TestCity;

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, withHazardReward: true, withAssessment: true });
  });

  afterAll(async () => {
    await city?.stop();
  });

  // Registration last: what its fuzz changes in the tree and the people cannot disturb the others' runs.
  const services: [string, (c: TestCity) => RunningService | undefined][] = [
    ['hazard-reward', (c) => c.hazardReward],
    ['assessment', (c) => c.assessment],
    ['awards', (c) => c.awards],
    ['registration', (c) => c.registration],
  ];

  it.each(services)('%s answers no request with a 5xx', async (name, serviceOf) => {
    const service = serviceOf(city);
    if (!service) throw new Error(`${name} was not started`);
    const run = await fuzz(service, city.rootToken);
    // Exit code 0: every check passed on every request schemathesis sent.
    expect({ exitCode: run.code, failures: run.code === 0 ? '' : failuresIn(run.output) }).toEqual({ exitCode: 0, failures: '' });
  }, 900_000);
});
