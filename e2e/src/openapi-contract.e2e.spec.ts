import { Json, RunningService, startTestCity, TestCity } from '@lc/testing';

/**
 * The contract a client is generated from (the console's API client and types): every service's OpenAPI
 * spec names each operation (a camelCase operationId, not Nest's ControllerName_method default), labels it
 * in Chinese for the people who use it, documents the one shape every refusal has, and says which routes
 * need no token. A route added without these fails here, before a generated client would miss it.
 */
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const OPERATION_ID = /^[a-z][A-Za-z0-9]{2,59}$/;
const CHINESE = /[\u4e00-\u9fff]/;
const ERROR_SCHEMA = '#/components/schemas/ErrorResponse';
/** The routes open without a token: health, and logging in (with refreshing and choosing a password). */
const PUBLIC = ['GET /health', 'GET /health/live', 'GET /health/ready', 'POST /auth/login', 'POST /auth/refresh', 'POST /auth/password'];

interface Operation {
  key: string;
  path: string;
  body: Json;
}

function operationsOf(spec: Json): Operation[] {
  return Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ key: `${method.toUpperCase()} ${path}`, path, body: item[method] })),
  );
}

describe('every service publishes a spec a client can be generated from', () => {
  let city: TestCity;
  const specs = new Map<string, Json>();

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, withAssessment: true, withHazardReward: true });
    const services: [string, RunningService | undefined][] = [
      ['registration', city.registration],
      ['hazard-reward', city.hazardReward],
      ['assessment', city.assessment],
      ['awards', city.awards],
    ];
    for (const [name, service] of services) specs.set(name, await (await fetch(`${(service as RunningService).url}/docs-json`)).json());
  });

  afterAll(() => city?.stop());

  const names = ['registration', 'hazard-reward', 'assessment', 'awards'];

  it.each(names)('%s names every operation once, in camelCase, and labels it in Chinese', (name) => {
    const operations = operationsOf(specs.get(name));
    const unnamed = operations.filter((o) => !OPERATION_ID.test(o.body.operationId ?? '')).map((o) => `${o.key}: ${o.body.operationId}`);
    const unlabelled = operations.filter((o) => !CHINESE.test(o.body.summary ?? '')).map((o) => `${o.key}: ${o.body.summary ?? '(no summary)'}`);
    const ids = operations.map((o) => o.body.operationId);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect({ unnamed, unlabelled, twice }).toEqual({ unnamed: [], unlabelled: [], twice: [] });
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(names)('%s documents the one shape of every refusal, on every 4xx each route can answer', (name) => {
    const spec = specs.get(name);
    expect(spec.components.schemas.ErrorResponse).toMatchObject({ required: ['statusCode', 'code', 'message', 'messageZh'] });
    const missing: string[] = [];
    for (const operation of operationsOf(spec)) {
      const responses = operation.body.responses as Record<string, Json>;
      const expected = [
        ...(PUBLIC.includes(operation.key) ? [] : ['401', '403']),
        ...(operation.path.includes('{') ? ['404'] : []),
        ...Object.keys(responses).filter((status) => status.startsWith('4')),
      ];
      for (const status of expected) {
        if (responses[status]?.content?.['application/json']?.schema?.$ref !== ERROR_SCHEMA) missing.push(`${operation.key} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(names)('%s says which routes need no token, and only those', (name) => {
    const open = operationsOf(specs.get(name))
      .filter((o) => Array.isArray(o.body.security) && o.body.security.length === 0)
      .map((o) => o.key)
      .sort();
    expect(open).toEqual(PUBLIC.filter((key) => open.includes(key) || key.startsWith('GET /health')).sort());
    expect(specs.get(name).security).toEqual([{ bearer: [] }]);
  });
});
