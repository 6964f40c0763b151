import { randomUUID } from 'node:crypto';
import { Role } from '@lc/org';
import { apiClient, approveChain, Json, RunningService, startTestCity, TestCity, TestPerson, waitFor } from '@lc/testing';
import { pioneerTeamForm } from './pioneer-team-form.fixture';
import { supervisorForm } from './supervisor-form.fixture';
import { technicalServiceRequest } from './technical-service-request.fixture';

/**
 * Every route of every service that takes an id in its path, read from the service's own OpenAPI spec
 * (so a new route is covered the day it is added), is called with an id of county B's records as each
 * role of county A, and must be refused: 403 or 404, never 2xx, never 5xx. County B's records are made
 * once, through the API, on a test city of its own (never the demo city).
 *
 * Each path parameter is named by its route's resource (the path segment before it: /competitions/{id}
 * is a 'competitions' id). An id kind the fixture below cannot make fails the test that lists it, until
 * someone adds how to make one; ids that are not scoped are in the commented allow-list. A body is
 * generated from the route's schema; when it is refused as invalid (400) the route never reached its
 * scope check, which fails too: a path's target is checked before the body's meaning.
 */

/** Routes whose path id is not scoped: open to every signed-in user by design. */
const notScoped: Record<string, string> = {
  // Scoring templates are forms (built-in ones as printed): anyone signed in reads them.
  'assessment GET /assessment-templates/{code}': 'templates are public forms',
  // The org-tree read model shows one unit's place in the tree, refused outside the subtree by ScopeChecker;
  // it is covered through registration's /org-units/{id} in the same way, so it is listed below with an id.
};

/**
 * The ids county A's callers must be refused, by id kind: the resource segment, then the parameter
 * name ('competitions:id'), or, for ids that live in one service only, the service first
 * ('awards approvals:workflowId': each service keeps its own approval chains).
 */
type Fixture = Record<string, string>;

const idOf = (fixture: Fixture, service: string, kind: string): string | undefined => fixture[`${service} ${kind}`] ?? fixture[kind];

/** Parameters that name a second thing under an already-scoped first one: any well-formed value does. */
const secondary: Record<string, () => string> = {
  evidenceId: () => randomUUID(),
  objectionId: () => randomUUID(),
  contestantId: () => randomUUID(),
  userId: () => randomUUID(),
  enrolmentId: () => randomUUID(),
  n: () => '1',
  year: () => String(new Date().getUTCFullYear()),
  honourCode: () => 'competition-advanced-unit',
};

/**
 * Body fields whose valid values the schema does not spell out (a pattern, a rule across fields, a unit
 * that must exist): values that pass validation and point inside county A, so that only the path's
 * target can be the reason for a refusal.
 */
const fieldValues: Record<string, () => unknown> = {
  decisionId: () => randomUUID(),
  userId: () => randomUUID(),
  newPassword: () => 'Scope2026pass',
  newParentId: () => 'town-a2',
  unitId: () => 'ent-a1',
  grade: () => 'general',
  // A hazard's rectification deadline: an instant with its offset (the schema says only 'string').
  deadline: () => '2099-12-31T18:00:00+08:00',
};

/** Whole bodies for routes whose body must agree with their path (a template revised under its own code), or that the sampler cannot make. */
const routeBodies: Record<string, (fixture: Fixture) => unknown> = {
  'assessment PUT /assessment-templates/{code}': (fixture) => ({ definition: JSON.parse(fixture['assessment-templates:definition']) }),
  // Amounts nest deeper than the sampler goes: a valid scheme, so that only its union can be the reason.
  'hazard-reward PUT /reward-schemes/{id}': () => ({
    name: '西区奖励办法',
    validFrom: '2026-01-01',
    approvalThresholdYuan: 1000,
    amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
  }),
};

/** County A's callers: every role the scope rule distinguishes, at the units the test city has. */
const countyARoles: [Role, string][] = [
  ['county_union_cadre', 'county-a'],
  ['county_committee_office', 'county-a'],
  ['township_union_cadre', 'town-a1'],
  ['enterprise_union_cadre', 'ent-a1'],
  ['enterprise_management', 'ent-a1'],
  ['team_leader', 'team-a1a'],
  ['worker', 'team-a1a'],
  ['safety_inspector', 'county-a'],
  ['judge', 'county-a'],
  ['finance', 'county-a'],
  ['auditor', 'county-a'],
  ['industry_union_cadre', 'ind-1'],
];

interface Route {
  service: string;
  method: string;
  path: string;
  params: string[];
  operation: Json;
}

/** The id kind of each path parameter: 'competitions:id', 'skills-contests:id', 'approvals:workflowId'. */
function kindsOf(path: string): { param: string; kind: string }[] {
  const segments = path.split('/').filter(Boolean);
  const out: { param: string; kind: string }[] = [];
  segments.forEach((segment, i) => {
    const m = /^\{(.+)\}$/.exec(segment);
    if (!m) return;
    let j = i - 1;
    while (j >= 0 && segments[j].startsWith('{')) j--;
    out.push({ param: m[1], kind: `${j >= 0 ? segments[j] : ''}:${m[1]}` });
  });
  return out;
}

function routesOf(service: string, spec: Json): Route[] {
  const routes: Route[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const params = (operation.parameters ?? []).filter((p: Json) => p.in === 'path').map((p: Json) => p.name);
      if (params.length > 0) routes.push({ service, method: method.toUpperCase(), path, params, operation });
    }
  }
  return routes;
}

/** A value the schema accepts, from its example or its type; refs resolved against the spec. */
function sample(schema: Json, spec: Json, depth = 0): unknown {
  if (!schema || depth > 6) return undefined;
  if (schema.$ref) return sample(spec.components.schemas[schema.$ref.split('/').pop()], spec, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Json) => sample(s, spec, depth + 1)));
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries<Json>(schema.properties ?? {})) {
        if (fieldValues[name]) out[name] = fieldValues[name]();
        else if ((schema.required ?? []).includes(name)) out[name] = sample(prop, spec, depth + 1);
      }
      return out;
    }
    case 'array':
      return [sample(schema.items, spec, depth + 1)];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2026-05-01';
      if (schema.format === 'date-time') return '2026-05-01T00:00:00+08:00';
      if (schema.format === 'binary') return undefined;
      return '测试';
    default:
      return schema.properties ? sample({ ...schema, type: 'object' }, spec, depth) : undefined;
  }
}

function bodyOf(route: Route, spec: Json): unknown {
  const content = route.operation.requestBody?.content ?? {};
  if (content['multipart/form-data']) {
    const form = new FormData();
    const schema = content['multipart/form-data'].schema;
    for (const [name, prop] of Object.entries<Json>(schema?.properties ?? {})) {
      if (prop.format === 'binary' || prop.items?.format === 'binary') form.append(name, new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'a.pdf');
      else form.append(name, String(sample(prop, spec) ?? '测试'));
    }
    return form;
  }
  const json = content['application/json']?.schema;
  return json ? (sample(json, spec) ?? {}) : route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
}

describe('every id route of every service refuses county A an id of county B', () => {
  let city: TestCity;
  const fixture: Fixture = {};
  const specs = new Map<string, Json>();
  const services: [string, (c: TestCity) => RunningService | undefined][] = [
    ['registration', (c) => c.registration],
    ['hazard-reward', (c) => c.hazardReward],
    ['assessment', (c) => c.assessment],
    ['awards', (c) => c.awards],
  ];

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, withAssessment: true, withHazardReward: true });
    const everywhere = { knownIn: ['awards', 'assessment', 'hazard_reward'] };
    const [cityCadre, countyB, townB, entB, worker, entBManagement, teamLeader] = await Promise.all([
      city.person('city_union_cadre', 'city', everywhere),
      city.person('county_union_cadre', 'county-b', everywhere),
      city.person('township_union_cadre', 'town-b1', everywhere),
      city.person('enterprise_union_cadre', 'ent-b1', everywhere),
      city.person('worker', 'ent-b1', everywhere),
      // The enterprise's own box (单位意见) on the registers' and applications' forms.
      city.person('enterprise_management', 'ent-b1'),
      // Applies for its team: the enterprise union cadre fills the first box and does not decide its own submission.
      city.person('team_leader', 'team-b1a'),
      // The county box of the 工人先锋号 form (县劳动竞赛委员会办公室意见).
      city.person('county_committee_office', 'county-b'),
    ]);
    await makeCountyB(city, { cityCadre, countyB, townB, entB, worker, entBManagement, teamLeader }, fixture);
    for (const [name, of] of services) {
      const service = of(city) as RunningService;
      const res = await fetch(`${service.url}/docs-json`);
      specs.set(name, await res.json());
    }
  }, 600_000);

  afterAll(() => city?.stop());

  it('knows how to make an id of every kind a route takes (or why it is not scoped)', () => {
    const missing = new Set<string>();
    for (const [name] of services) {
      for (const route of routesOf(name, specs.get(name))) {
        if (notScoped[`${name} ${route.method} ${route.path}`]) continue;
        const [first] = kindsOf(route.path);
        if (idOf(fixture, name, first.kind) === undefined) missing.add(`${first.kind} (${name} ${route.method} ${route.path})`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });

  it.each(services.map(([name]) => [name]))('%s refuses every county A role on every id route with a county B id', async (name) => {
    const service = services.find(([n]) => n === name)?.[1](city) as RunningService;
    const spec = specs.get(name);
    const failures: string[] = [];
    for (const route of routesOf(name, spec)) {
      if (notScoped[`${name} ${route.method} ${route.path}`]) continue;
      const kinds = kindsOf(route.path);
      if (idOf(fixture, name, kinds[0].kind) === undefined) continue; // reported by the test above
      const path = kinds.reduce((p, { param, kind }) => p.replace(`{${param}}`, encodeURIComponent(idOf(fixture, name, kind) ?? secondary[param]?.() ?? randomUUID())), route.path);
      for (const [role, unit] of countyARoles) {
        const token = await city.tokenAs(role, unit);
        const body = routeBodies[`${name} ${route.method} ${route.path}`]?.(fixture) ?? bodyOf(route, spec);
        const res = await apiClient(service.url, token).send(route.method, path, body);
        if (res.status !== 403 && res.status !== 404) {
          failures.push(`${route.method} ${path} as ${role}@${unit}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

interface CountyBPeople {
  cityCadre: TestPerson;
  countyB: TestPerson;
  townB: TestPerson;
  entB: TestPerson;
  worker: TestPerson;
  entBManagement: TestPerson;
  teamLeader: TestPerson;
}

/** One record of each kind in county B, made through the public API; each id under the kind its routes name. */
async function makeCountyB(city: TestCity, people: CountyBPeople, fixture: Fixture): Promise<void> {
  const reg = (p: TestPerson) => apiClient(city.registration.url, p.token);
  const hazards = (p: TestPerson) => apiClient(city.hazardReward?.url as string, p.token);
  const assessment = (p: TestPerson) => apiClient(city.assessment?.url as string, p.token);
  const awards = (p: TestPerson) => apiClient(city.awards?.url as string, p.token);
  const ok = (what: string, res: { status: number; body: Json }) => {
    if (res.status >= 300) throw new Error(`making ${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  // Registration: the tree, users, a competition of county B still being filed (its chain pending) and an enrolment.
  fixture['org-units:id'] = 'town-b1';
  fixture['units:id'] = 'town-b1';
  fixture['users:id'] = people.worker.id;
  const competition = ok('a competition', await reg(people.countyB).post('/competitions', { name: '西区劳动竞赛', organiserOrgUnitId: 'county-b', startDate: '2026-03-01', endDate: '2026-11-30' }));
  fixture['competitions:id'] = competition.id;
  const filing = ok('its filing', await reg(people.countyB).post(`/competitions/${competition.id}/filing`));
  fixture['registration approvals:workflowId'] = filing.workflowId;
  // The approval centre's copy of it: only its submitter, or a cadre above, sends a 催办.
  fixture['items:workflowId'] = filing.workflowId;
  // A delegation of county B's cadre: only theirs to revoke.
  const now = Date.now();
  const delegation = ok('a delegation', await reg(people.countyB).post('/delegations', {
    deputyUserId: people.townB.id,
    validFrom: new Date(now).toISOString(),
    validUntil: new Date(now + 86_400_000).toISOString(),
    reason: '外出学习',
  }));
  fixture['delegations:id'] = delegation.id;

  // A 工人先锋号 creation competition of county B, filed with the city and open: ent-b1 enrols (so that
  // assessment opens its sheet) and team-b1a applies.
  const creation = ok('a creation competition', await reg(people.countyB).post('/competitions', { name: '西区工人先锋号创建', organiserOrgUnitId: 'county-b', startDate: '2026-03-01', endDate: '2026-12-31', kind: 'team_creation' }));
  const creationFiling = ok('its filing', await reg(people.countyB).post(`/competitions/${creation.id}/filing`));
  await approveChain(city.registration.url, creationFiling.workflowId, [people.cityCadre]);
  await waitFor('the creation competition to be filed', async () => (await reg(people.countyB).get(`/competitions/${creation.id}`)).body.status === 'filed');
  ok('its opening', await reg(people.countyB).post(`/competitions/${creation.id}/lifecycle`, { action: 'open' }));
  ok('an enrolment', await reg(people.countyB).post(`/competitions/${creation.id}/enrolments`, { unitId: 'ent-b1', participants: 30, contactName: '张敏', contactPhone: '13800000001' }));
  const application = ok('a 工人先锋号 application', await reg(people.teamLeader).post('/pioneer-team-applications', { competitionId: creation.id, teamUnitId: 'team-b1a', ...pioneerTeamForm() }));
  fixture['pioneer-team-applications:id'] = application.id;
  const supervisor = ok('an energy-saving supervisor', await reg(people.worker).post('/energy-supervisors', { unitId: 'ent-b1', ...supervisorForm('13900000031') }));
  fixture['energy-supervisors:id'] = supervisor.id;
  const service = ok('a technical-service request', await reg(people.entB).post('/technical-service-requests', technicalServiceRequest('ent-b1')));
  fixture['technical-service-requests:id'] = service.id;

  // Hazard-reward: county B's reward scheme, whose threshold a major hazard's reward is above; a named
  // general report at ent-b1, confirmed, so that the archive holds its hazard (kept under the report's id).
  const scheme = ok('a reward scheme', await hazards(people.countyB).post('/reward-schemes', {
    issuingUnitId: 'county-b',
    name: '西区职工排查安全生产事故隐患奖励办法',
    validFrom: `${year}-01-01`,
    approvalThresholdYuan: 1000,
    amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
  }));
  fixture['reward-schemes:id'] = scheme.id;
  const report = ok('a hazard report', await hazards(people.worker).post('/hazard-reports', { enterpriseUnitId: 'ent-b1', location: '车间', category: 'accident', description: '护栏缺失' }));
  fixture['hazard-reports:id'] = report.id;
  ok('its verification', await hazards(people.entB).post(`/hazard-reports/${report.id}/verification`, { outcome: 'confirmed', grade: 'general' }));
  // The archive entry is opened from the confirmation: poll until county B reads it.
  await waitFor('the hazard in the archive', async () => (await hazards(people.countyB).get(`/hazards/${report.id}`)).status === 200);
  fixture['hazards:id'] = report.id;
  fixture['reward-budgets:unitId'] = 'county-b';
  // A major hazard: its 2000 yuan reward waits for approval from town-b1 up to county B.
  const major = ok('a major hazard report', await hazards(people.worker).post('/hazard-reports', { enterpriseUnitId: 'ent-b1', location: '锅炉房', category: 'accident', description: '安全阀失效' }));
  ok('its verification', await hazards(people.entB).post(`/hazard-reports/${major.id}/verification`, { outcome: 'confirmed', grade: 'major' }));
  const rewardApproval = await waitFor('the major reward in the township inbox', async () => {
    const res = await hazards(people.townB).get('/approvals/inbox?kind=hazard-reward');
    return res.body.items?.[0];
  });
  fixture['hazard-reward approvals:workflowId'] = rewardApproval.workflowId;
  // The reward the chain decides (its item), read by the chain from the enterprise's township up.
  fixture['hazard-rewards:id'] = rewardApproval.itemId;
  // The township is told of it in registration: a notification only it may read.
  const notification = await waitFor('the township told of the reward', async () => (await reg(people.townB).get('/notifications')).body.items?.[0], { timeoutMs: 60_000 });
  fixture['notifications:id'] = notification.id;

  // Assessment: a skills contest and a template of county B's, and the sheet of ent-b1 in the creation competition.
  const contest = ok('a skills contest', await assessment(people.countyB).post('/skills-contests', { name: '西区焊工比武', trade: '焊工', organiserUnitId: 'county-b', scheme: [{ key: 'practice', name: '实际操作', maxPoints: 100 }] }));
  fixture['skills-contests:id'] = contest.id;
  const builtIn = (await assessment(people.countyB).get('/assessment-templates')).body[0];
  const definition = (await assessment(people.countyB).get(`/assessment-templates/${builtIn.code}`)).body.definition;
  const template = ok('a template', await assessment(people.countyB).post('/assessment-templates', { definition: { ...definition, code: 'county-b-form', name: '西区考核表' } }));
  fixture['assessment-templates:code'] = template.code;
  fixture['assessment-templates:definition'] = JSON.stringify({ ...definition, code: template.code, name: '西区考核表' });
  // Assessment hears of the competition and its enrolment from registration's events; the first consumer
  // groups on a fresh broker can take a while.
  await waitFor('assessment to take the creation competition', async () => {
    const res = await assessment(people.countyB).put(`/competitions/${creation.id}/assessment`, { templateCode: 'pioneer-team-assessment-2018' });
    return res.status === 200 ? res.body : undefined;
  }, { timeoutMs: 90_000 });
  const sheet = await waitFor('the sheet of ent-b1', async () => (await assessment(people.countyB).get(`/competitions/${creation.id}/assessment-sheets`)).body.items?.[0], { timeoutMs: 90_000 });
  fixture['assessment-sheets:id'] = sheet.id;

  // Awards: a nomination of county B's enterprise, and the units quotas and funds are kept at.
  const nomination = ok('a nomination', await awards(people.cityCadre).post('/nominations', { honourCode: 'may-day-award', conferringUnitId: 'city', year, nomineeId: 'ent-b1' }));
  fixture['nominations:id'] = nomination.id;
  fixture['honour-history:nomineeId'] = 'ent-b1';
  fixture['honour-quotas:honourCode'] = 'competition-advanced-unit';
  fixture['honour-quotas:unitId'] = 'county-b';
  ok('a quota', await awards(people.cityCadre).put(`/honour-quotas/may-day-award/city/${year}`, { quota: 5 }));
  const submitted = ok('its submission', await awards(people.cityCadre).post(`/nominations/${nomination.id}/submission`));
  fixture['awards approvals:workflowId'] = submitted.approvalWorkflowId;
  fixture['competition-funds:unitId'] = 'county-b';
}
