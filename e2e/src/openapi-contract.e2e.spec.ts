import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient, approveChain, Json, repositoryRoot, RunningService, startTestCity, TestCity, TestPerson, waitFor } from '@lc/testing';
import { OpenApiSchemaCheck, undeclaredObjects } from './openapi-schema-check';
import { pioneerTeamForm } from './pioneer-team-form.fixture';
import { supervisorForm } from './supervisor-form.fixture';
import { technicalServiceRequest } from './technical-service-request.fixture';

/**
 * The contract a client is generated from (the console's API client and types): every service's OpenAPI
 * spec names each operation (a camelCase operationId, not Nest's ControllerName_method default), labels it
 * in Chinese for the people who use it, documents the one shape every refusal has, and says which routes
 * need no token, and says what each answer holds: a schema for every 2xx answer (or a file's content type),
 * which real answers match. The specs the client is generated from are committed; a live spec that
 * differs from its file fails here too. A route added without these fails here, before a generated
 * client would miss it.
 */
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const OPERATION_ID = /^[a-z][A-Za-z0-9]{2,59}$/;
const CHINESE = /[\u4e00-\u9fff]/;
const ERROR_SCHEMA = '#/components/schemas/ErrorResponse';
/** The routes open without a token: health, and logging in (with refreshing and choosing a password). */
const PUBLIC = ['GET /health', 'GET /health/live', 'GET /health/ready', 'POST /auth/login', 'POST /auth/refresh', 'POST /auth/password'];
/** Files a route may answer instead of JSON; the spec gives them as binary strings of their content type. */
const FILE_TYPES = /^(application\/pdf|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|text\/csv|image\/(jpeg|png|webp))$/;
const EXPORT_COMMAND = 'npx nx run-many -t build && node scripts/export-openapi.js';
/** The lists and records the console shows: each is checked against a real answer below. */
const CONSOLE_ROUTES = [
  'registration GET /org-units/{id}',
  'registration GET /org-units/{id}/subtree',
  'registration GET /users',
  'registration GET /competitions',
  'registration GET /competitions/{id}',
  'registration GET /competitions/{id}/enrolments',
  'registration GET /pioneer-team-applications/{id}',
  'registration GET /approvals/inbox',
  'registration GET /approvals/{workflowId}',
  'registration GET /audit/entries',
  'registration GET /coverage',
  'hazard-reward GET /hazard-reports',
  'hazard-reward GET /hazard-reports/{id}',
  'awards GET /honours',
  'awards GET /nominations',
];

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

  it.each(names)('%s documents what every operation answers: a schema for each 2xx answer, and every object with its fields', (name) => {
    const spec = specs.get(name);
    const missing: string[] = [];
    for (const operation of operationsOf(spec)) {
      const answers = Object.entries(operation.body.responses as Record<string, Json>).filter(([status]) => status.startsWith('2'));
      if (answers.length === 0) missing.push(`${operation.key}: no 2xx answer`);
      for (const [status, answer] of answers) {
        if (status === '204') continue;
        const contents = Object.entries((answer.content ?? {}) as Record<string, Json>);
        if (contents.length === 0) missing.push(`${operation.key} ${status}: no content`);
        for (const [type, content] of contents) {
          if (type === 'application/json') {
            if (!content.schema) missing.push(`${operation.key} ${status}: no schema`);
            else missing.push(...undeclaredObjects(spec, content.schema, `${operation.key} ${status}`).map((where) => `${where}: an object without its fields`));
          } else if (!FILE_TYPES.test(type) || content.schema?.format !== 'binary') {
            missing.push(`${operation.key} ${status} ${type}: not a file (type string, format binary) of a known content type`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(names)('%s types every parameter and every request body', (name) => {
    const spec = specs.get(name);
    const untyped: string[] = [];
    for (const operation of operationsOf(spec)) {
      for (const parameter of (operation.body.parameters ?? []) as Json[]) {
        const schema = parameter.schema ?? {};
        if (!schema.type && !schema.$ref && !schema.enum) untyped.push(`${operation.key} ${parameter.in} ${parameter.name}`);
      }
      for (const [type, content] of Object.entries((operation.body.requestBody?.content ?? {}) as Record<string, Json>)) {
        if (!content.schema) untyped.push(`${operation.key} body ${type}: no schema`);
        else untyped.push(...undeclaredObjects(spec, content.schema, `${operation.key} body`).map((where) => `${where}: an object without its fields`));
      }
    }
    expect(untyped).toEqual([]);
  });

  it.each(names)('%s serves the spec committed for the console\'s API client', (name) => {
    const committed = JSON.parse(readFileSync(join(repositoryRoot, 'services', 'console-web', 'openapi', `${name}.json`), 'utf8'));
    const changed = differences(committed, specs.get(name), '');
    // Not toEqual on the whole: a spec is thousands of lines, and the paths say at once what changed.
    expect({ changed, fix: changed.length > 0 ? `run ${EXPORT_COMMAND} and commit services/console-web/openapi/${name}.json` : 'none' }).toEqual({ changed: [], fix: 'none' });
  });

  describe('real answers match the spec', () => {
    const checks = new Map<string, OpenApiSchemaCheck>();
    const problems: string[] = [];
    const checked = new Set<string>();
    let people: SamplePeople;
    let records: SampleRecords;

    /** Calls the route and checks its answer; `route` is the spec's path, `path` the one called. */
    async function answer(service: string, person: { token: string }, method: string, route: string, path = route, body?: unknown): Promise<Json> {
      const res = await apiClient(serviceUrl(city, service), person.token).send(method, path, body);
      checked.add(`${service} ${method} ${route}`);
      if (res.status >= 300) throw new Error(`${service} ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      let check = checks.get(service);
      if (!check) checks.set(service, (check = new OpenApiSchemaCheck(specs.get(service))));
      problems.push(...check.problems(method, route, res.status, res.body).map((problem) => `${service} ${problem}`));
      return res.body;
    }

    beforeAll(async () => {
      people = await samplePeople(city);
      records = await sampleRecords(city, people, answer);
    }, 600_000);

    it('the console\'s lists and records, as each service answers them', async () => {
      const { cityCadre, countyCadre, entCadre, worker, teamLeader, auditor } = people;
      const r = records;
      const year = chinaYear();
      const reg = (person: { token: string }, route: string, path?: string) => answer('registration', person, 'GET', route, path);
      await reg(cityCadre, '/org-units/{id}', '/org-units/county-a');
      await reg(cityCadre, '/org-units/{id}/subtree', '/org-units/city/subtree');
      await reg(cityCadre, '/org-units/{id}/ancestors', '/org-units/ent-a1/ancestors');
      await reg(cityCadre, '/users', '/users?limit=100');
      await reg(worker, '/users/me');
      await reg(cityCadre, '/competitions');
      await reg(cityCadre, '/competitions/{id}', `/competitions/${r.creationId}`);
      await reg(cityCadre, '/competitions/{id}/league', `/competitions/${r.creationId}/league`);
      await reg(countyCadre, '/competitions/{id}/enrolments', `/competitions/${r.creationId}/enrolments`);
      await reg(countyCadre, '/competitions/{id}/enrolment-summary', `/competitions/${r.creationId}/enrolment-summary?unitId=town-a1`);
      await reg(teamLeader, '/pioneer-team-applications/{id}', `/pioneer-team-applications/${r.applicationId}`);
      await reg(cityCadre, '/approvals/inbox');
      await reg(cityCadre, '/approvals/{workflowId}', `/approvals/${r.pendingFilingWorkflowId}`);
      await reg(cityCadre, '/audit/entries');
      await reg(auditor, '/audit/verify');
      await reg(countyCadre, '/coverage', `/coverage?orgUnitId=county-a&from=${year}-01-01&to=${year}-12-31`);
      await reg(entCadre, '/energy-supervisors/{id}', `/energy-supervisors/${r.supervisorId}`);
      await reg(entCadre, '/technical-service-requests');
      await reg(entCadre, '/technical-service-requests/{id}', `/technical-service-requests/${r.technicalServiceId}`);
      await reg(cityCadre, '/health/ready');

      const haz = (person: { token: string }, route: string, path?: string) => answer('hazard-reward', person, 'GET', route, path);
      await haz(entCadre, '/hazard-reports');
      await haz(entCadre, '/hazard-reports/{id}', `/hazard-reports/${r.reportId}`);
      await haz(worker, '/hazard-reports/mine');
      await haz(entCadre, '/hazards');
      await haz(entCadre, '/hazards/{id}', `/hazards/${r.reportId}`);
      await haz(cityCadre, '/hazard-statistics', `/hazard-statistics?from=${year}-01-01&to=${year}-12-31`);
      await haz(cityCadre, '/reward-schemes', '/reward-schemes?unitId=ent-a1');
      await haz(cityCadre, '/reward-budgets/{unitId}/{year}', `/reward-budgets/city/${year}`);
      await haz(cityCadre, '/hazard-rewards');
      await haz(cityCadre, '/org-tree/units/{id}', '/org-tree/units/ent-a1');

      const ass = (person: { token: string }, route: string, path?: string) => answer('assessment', person, 'GET', route, path);
      await ass(cityCadre, '/assessment-templates');
      await ass(cityCadre, '/assessment-templates/{code}', '/assessment-templates/pioneer-team-assessment-2018');
      await ass(countyCadre, '/competitions/{id}/enrolled-units', `/competitions/${r.creationId}/enrolled-units`);
      await ass(countyCadre, '/competitions/{id}/assessment-sheets', `/competitions/${r.creationId}/assessment-sheets`);
      await ass(countyCadre, '/assessment-sheets/{id}', `/assessment-sheets/${r.sheetId}`);
      await ass(countyCadre, '/skills-contests');
      await ass(countyCadre, '/skills-contests/{id}', `/skills-contests/${r.contestId}`);
      await ass(cityCadre, '/skills-contests/{id}/results', `/skills-contests/${r.contestId}/results`);

      const awd = (person: { token: string }, route: string, path?: string) => answer('awards', person, 'GET', route, path);
      await awd(cityCadre, '/honours');
      await awd(cityCadre, '/nominations');
      await awd(cityCadre, '/nominations/{id}', `/nominations/${r.nominationId}`);
      await awd(cityCadre, '/honour-history/{nomineeId}', '/honour-history/ent-a1');
      await awd(cityCadre, '/competition-funds/{unitId}/{year}', `/competition-funds/city/${year}`);

      // Commands whose answers the console shows: a hazard's rectification plan, a self assessment, the
      // city's quota, fund and budget, a nomination submitted, an anonymous report followed by its key.
      await answer('hazard-reward', entCadre, 'PUT', '/hazards/{id}/rectification-plan', `/hazards/${r.reportId}/rectification-plan`, {
        measures: '加装护栏',
        deadline: `${year}-12-31T18:00:00+08:00`,
        responsibleUnit: '设备科',
        responsiblePerson: '刘工',
        interimMeasures: '设置警戒线',
        updaterUserId: entCadre.id,
      });
      await haz(entCadre, '/hazards/{id}/updater-candidates', `/hazards/${r.reportId}/updater-candidates`);
      await answer('hazard-reward', entCadre, 'POST', '/hazards/{id}/progress', `/hazards/${r.reportId}/progress`, { note: '护栏已订购' });
      await answer('hazard-reward', cityCadre, 'PUT', '/reward-schemes/{id}', `/reward-schemes/${r.schemeId}`, {
        name: '示范市职工排查安全生产事故隐患奖励办法(试行)',
        validFrom: `${year}-01-01`,
        approvalThresholdYuan: 1000,
        amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
      });
      await answer('assessment', entCadre, 'PUT', '/assessment-sheets/{id}/self-assessment', `/assessment-sheets/${r.sheetId}/self-assessment`, {
        inputs: { documents: { provided: 3 }, effectiveness: { values: { awareness: 100, participation: 90, satisfaction: 96 } } },
      });
      await answer('awards', cityCadre, 'PUT', '/honour-quotas/{honourCode}/{unitId}/{year}', `/honour-quotas/may-day-award/city/${year}`, { quota: 5 });
      await answer('awards', cityCadre, 'PUT', '/competition-funds/{unitId}/{year}', `/competition-funds/city/${year}`, { totalYuan: 500000 });
      await answer('awards', cityCadre, 'POST', '/nominations/{id}/submission', `/nominations/${r.nominationId}/submission`);
      await answer('hazard-reward', cityCadre, 'PUT', '/reward-budgets/{unitId}/{year}', `/reward-budgets/city/${year}`, { totalYuan: 200000 });
      const anonymous = await answer('hazard-reward', worker, 'POST', '/hazard-reports', undefined, { enterpriseUnitId: 'ent-a1', location: '仓库', category: 'occupational', description: '粉尘超标', anonymous: true });
      await answer('hazard-reward', cityCadre, 'POST', '/anonymous-reports/follow', undefined, { reportKey: anonymous.anonymousAccess.reportKey, pin: anonymous.anonymousAccess.pin });
      await reg(cityCadre, '/energy-supervisors', '/energy-supervisors?orgUnitId=ent-a1');

      // The approval chain's commands, on the filing still waiting for the city: returned, resubmitted, withdrawn.
      const workflow = `/approvals/${r.pendingFilingWorkflowId}`;
      await answer('registration', cityCadre, 'POST', '/approvals/{workflowId}/decisions', `${workflow}/decisions`, { decisionId: randomUUID(), stepId: 'city', outcome: 'return', opinion: '请补充竞赛内容' });
      await answer('registration', countyCadre, 'POST', '/approvals/{workflowId}/resubmit', `${workflow}/resubmit`, { decisionId: randomUUID(), text: '已补充竞赛内容' });
      await answer('registration', countyCadre, 'POST', '/approvals/{workflowId}/withdraw', `${workflow}/withdraw`, { decisionId: randomUUID(), text: '另行安排' });
      await answer('registration', cityCadre, 'POST', '/delegations', undefined, { deputyUserId: countyCadre.id, validFrom: '2026-12-01T00:00:00+08:00', validUntil: '2026-12-15T00:00:00+08:00', reason: '外出学习' });

      expect(problems).toEqual([]);
      expect(CONSOLE_ROUTES.filter((route) => !checked.has(route))).toEqual([]);
    });
  });
});

interface SamplePeople {
  cityCadre: TestPerson;
  countyCadre: TestPerson;
  entCadre: TestPerson;
  worker: TestPerson;
  teamLeader: TestPerson;
  auditor: { token: string };
}

interface SampleRecords {
  creationId: string;
  pendingFilingWorkflowId: string;
  applicationId: string;
  supervisorId: string;
  technicalServiceId: string;
  reportId: string;
  schemeId: string;
  contestId: string;
  sheetId: string;
  nominationId: string;
}

type Answer = (service: string, person: { token: string }, method: string, route: string, path?: string, body?: unknown) => Promise<Json>;

const serviceUrl = (city: TestCity, service: string): string =>
  (({ registration: city.registration, 'hazard-reward': city.hazardReward, assessment: city.assessment, awards: city.awards }) as Record<string, RunningService>)[service].url;

const chinaYear = (): number => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

async function samplePeople(city: TestCity): Promise<SamplePeople> {
  const everywhere = { knownIn: ['awards', 'assessment', 'hazard_reward'] };
  const [cityCadre, countyCadre, entCadre, worker, teamLeader] = await Promise.all([
    city.person('city_union_cadre', 'city', everywhere),
    city.person('county_union_cadre', 'county-a', everywhere),
    city.person('enterprise_union_cadre', 'ent-a1', everywhere),
    city.person('worker', 'ent-a1', everywhere),
    city.person('team_leader', 'team-a1a'),
    // The boxes of the forms' chains: the enterprise's management, the township and the county office.
    city.person('enterprise_management', 'ent-a1'),
    city.person('township_union_cadre', 'town-a1'),
    city.person('county_committee_office', 'county-a'),
  ]);
  return { cityCadre, countyCadre, entCadre, worker, teamLeader, auditor: { token: await city.tokenAs('auditor', 'city') } };
}

/**
 * One record of each kind the console lists or opens, made through the API in county A; each answer
 * that makes one is checked against the spec as well.
 */
async function sampleRecords(city: TestCity, people: SamplePeople, answer: Answer): Promise<SampleRecords> {
  const { cityCadre, countyCadre, entCadre, worker, teamLeader } = people;
  const year = chinaYear();
  const reg = (person: TestPerson, method: string, route: string, path?: string, body?: unknown) => answer('registration', person, method, route, path, body);

  // A 工人先锋号 creation competition of county A, filed with the city and open: ent-a1 enrols, team-a1a applies.
  const creation = await reg(countyCadre, 'POST', '/competitions', undefined, { name: '东城区工人先锋号创建', organiserOrgUnitId: 'county-a', startDate: `${year}-01-01`, endDate: `${year}-12-31`, kind: 'team_creation' });
  const filing = await reg(countyCadre, 'POST', '/competitions/{id}/filing', `/competitions/${creation.id}/filing`);
  await approveChain(city.registration.url, filing.workflowId, [cityCadre]);
  await waitFor('the creation competition to be filed', async () => (await apiClient(city.registration.url, countyCadre.token).get(`/competitions/${creation.id}`)).body.status === 'filed');
  await reg(countyCadre, 'POST', '/competitions/{id}/lifecycle', `/competitions/${creation.id}/lifecycle`, { action: 'open' });
  await reg(countyCadre, 'POST', '/competitions/{id}/enrolments', `/competitions/${creation.id}/enrolments`, { unitId: 'ent-a1', participants: 30, contactName: '张敏', contactPhone: '13800000001' });
  const application = await reg(teamLeader, 'POST', '/pioneer-team-applications', undefined, { competitionId: creation.id, teamUnitId: 'team-a1a', ...pioneerTeamForm() });
  // A second competition whose filing waits for the city: an item of the city cadre's inbox.
  const pending = await reg(countyCadre, 'POST', '/competitions', undefined, { name: '东城区劳动竞赛', organiserOrgUnitId: 'county-a', startDate: `${year}-01-01`, endDate: `${year}-12-31` });
  const pendingFiling = await reg(countyCadre, 'POST', '/competitions/{id}/filing', `/competitions/${pending.id}/filing`);
  const supervisor = await reg(worker, 'POST', '/energy-supervisors', undefined, { unitId: 'ent-a1', ...supervisorForm('13900000041') });
  const technicalService = await reg(entCadre, 'POST', '/technical-service-requests', undefined, technicalServiceRequest('ent-a1'));

  // Hazard-reward: the city's reward scheme, and a named report at ent-a1, confirmed into the archive.
  const scheme = await answer('hazard-reward', cityCadre, 'POST', '/reward-schemes', undefined, {
    issuingUnitId: 'city',
    name: '示范市职工排查安全生产事故隐患奖励办法',
    validFrom: `${year}-01-01`,
    approvalThresholdYuan: 1000,
    amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
  });
  const report = await answer('hazard-reward', worker, 'POST', '/hazard-reports', undefined, { enterpriseUnitId: 'ent-a1', location: '车间', category: 'accident', description: '护栏缺失' });
  await answer('hazard-reward', entCadre, 'POST', '/hazard-reports/{id}/verification', `/hazard-reports/${report.id}/verification`, { outcome: 'confirmed', grade: 'general' });
  await waitFor('the hazard in the archive', async () => (await apiClient(serviceUrl(city, 'hazard-reward'), entCadre.token).get(`/hazards/${report.id}`)).status === 200);

  // Assessment: a skills contest with a judge and a contestant, and the sheet of ent-a1 in the creation competition.
  const assess = (person: TestPerson, method: string, route: string, path?: string, body?: unknown) => answer('assessment', person, method, route, path, body);
  const contest = await assess(countyCadre, 'POST', '/skills-contests', undefined, { name: '东城区焊工比武', trade: '焊工', organiserUnitId: 'county-a', scheme: [{ key: 'practice', name: '实际操作', maxPoints: 100 }] });
  await assess(countyCadre, 'POST', '/skills-contests/{id}/judges', `/skills-contests/${contest.id}/judges`, { userId: countyCadre.id });
  await assess(countyCadre, 'POST', '/skills-contests/{id}/contestants', `/skills-contests/${contest.id}/contestants`, { userId: worker.id });
  await assess(countyCadre, 'PUT', '/skills-contests/{id}/scores/{contestantId}', `/skills-contests/${contest.id}/scores/${worker.id}`, { points: { practice: 88.5 } });
  // Assessment hears of the competition and its enrolment from registration's events.
  await waitFor('assessment to take the creation competition', async () => {
    const res = await apiClient(serviceUrl(city, 'assessment'), countyCadre.token).put(`/competitions/${creation.id}/assessment`, { templateCode: 'pioneer-team-assessment-2018' });
    return res.status === 200 ? res.body : undefined;
  }, { timeoutMs: 90_000 });
  const sheet = await waitFor('the sheet of ent-a1', async () => (await apiClient(serviceUrl(city, 'assessment'), countyCadre.token).get(`/competitions/${creation.id}/assessment-sheets`)).body.items?.[0], { timeoutMs: 90_000 });

  // Awards: a nomination of ent-a1 for the city's May Day award.
  const nomination = await answer('awards', cityCadre, 'POST', '/nominations', undefined, { honourCode: 'may-day-award', conferringUnitId: 'city', year, nomineeId: 'ent-a1' });

  return {
    creationId: creation.id,
    pendingFilingWorkflowId: pendingFiling.workflowId,
    applicationId: application.id,
    supervisorId: supervisor.id,
    technicalServiceId: technicalService.id,
    reportId: report.id,
    schemeId: scheme.id,
    contestId: contest.id,
    sheetId: sheet.id,
    nominationId: nomination.id,
  };
}

/** Where two JSON values differ, as paths (at most 20); empty when they are equal. */
function differences(expected: Json, actual: Json, path: string, found: string[] = []): string[] {
  if (found.length >= 20) return found;
  const kind = (v: Json) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  if (kind(expected) !== kind(actual)) found.push(`${path || '(root)'}: ${kind(expected)} in the file, ${kind(actual)} served`);
  else if (kind(expected) === 'object' || kind(expected) === 'array') {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      if (!(key in actual)) found.push(`${path}/${key}: in the file only`);
      else if (!(key in expected)) found.push(`${path}/${key}: served only`);
      else differences(expected[key], actual[key], `${path}/${key}`, found);
    }
  } else if (expected !== actual) found.push(`${path}: ${JSON.stringify(expected)} in the file, ${JSON.stringify(actual)} served`);
  return found;
}
