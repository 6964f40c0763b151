/**
 * The small city the soak needs, made the way a deployment makes it: the root union and its first
 * cadre by registration's install command, everything else through the public API (units, users with
 * passwords, then a login for each), and the hazard-reward and awards settings the workload relies
 * on: a city reward scheme whose major rewards climb the approval chain, a budget, honour quotas and
 * competition funds.
 *
 *   soak-city ─ county-east ─ town-1 ─ ent-1, ent-2, ent-3 ─ one team each
 *                           └ town-2 ─ ent-4, ent-5         ─ one team each
 */
import { apiClient, createUserWithPassword, creditCodeFor, installRoot, Json, waitFor } from '@lc/testing';
import { Sql } from './db';
import { Log } from './log';
import { SoakSystem } from './system';

export interface Person {
  id: string;
  username: string;
  name: string;
  unitId: string;
  roles: string[];
  token: string;
}

export interface HonourPlan {
  code: string;
  conferringUnitId: string;
  nomineeKind: 'person' | 'team';
}

export interface SoakCity {
  rootId: string;
  year: number;
  enterprises: string[];
  teams: string[];
  /** The team of each enterprise, by enterprise. */
  teamOf: Map<string, string>;
  /** The enterprise of each team, by team. */
  enterpriseOfTeam: Map<string, string>;
  password: string;
  root: Person;
  cityApprover: Person;
  nominator: Person;
  countyCadre: Person;
  countyOffice: Person;
  townCadres: Person[];
  /** The union cadre of each enterprise, by enterprise. */
  enterpriseCadres: Map<string, Person>;
  inspectors: Person[];
  auditor: Person;
  workers: Person[];
  honours: HonourPlan[];
  /** Reward amounts of the city's scheme, in yuan, and the amount above which a reward is approved first. */
  scheme: { thresholdYuan: number; amounts: { accident: { general: number; major: number }; occupational: { general: number; major: number } } };
  budgetYuan: number;
}

const ROOT = 'soak-city';
const PASSWORD = 'Soak2026pass';
const ENTERPRISES = ['ent-1', 'ent-2', 'ent-3', 'ent-4', 'ent-5'];
const TOWN_OF: Record<string, string> = { 'ent-1': 'town-1', 'ent-2': 'town-1', 'ent-3': 'town-1', 'ent-4': 'town-2', 'ent-5': 'town-2' };
const SCHEME = { thresholdYuan: 1000, amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } } };
const BUDGET_YUAN = 50_000_000;
const QUOTA = 1000;
const FUND_YUAN = 100_000_000;

/** Honours the nominations go for: person and team honours, conferred by the city and by the county. */
const HONOURS: HonourPlan[] = [
  { code: 'may-day-medal', conferringUnitId: ROOT, nomineeKind: 'person' },
  { code: 'model-worker', conferringUnitId: ROOT, nomineeKind: 'person' },
  { code: 'craftsman-yimeng', conferringUnitId: ROOT, nomineeKind: 'person' },
  { code: 'ankang-advanced-individual', conferringUnitId: ROOT, nomineeKind: 'person' },
  { code: 'innovation-expert', conferringUnitId: ROOT, nomineeKind: 'person' },
  { code: 'yimeng-labour-award', conferringUnitId: ROOT, nomineeKind: 'person' },
  { code: 'craftsman-changxing', conferringUnitId: 'county-east', nomineeKind: 'person' },
  { code: 'competition-advanced-individual', conferringUnitId: 'county-east', nomineeKind: 'person' },
  { code: 'pioneer-team', conferringUnitId: ROOT, nomineeKind: 'team' },
  { code: 'innovative-team', conferringUnitId: ROOT, nomineeKind: 'team' },
  { code: 'best-team', conferringUnitId: ROOT, nomineeKind: 'team' },
  { code: 'pioneer-team-county', conferringUnitId: 'county-east', nomineeKind: 'team' },
];

/** The year rewards and honours are counted in: China time, as the services count it. */
export const chinaYear = (): number => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

function expect(res: { status: number; body: Json }, status: number | number[], what: string): Json {
  const wanted = Array.isArray(status) ? status : [status];
  if (!wanted.includes(res.status)) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  return res.body;
}

export async function buildCity(system: SoakSystem, sql: Sql, workerCount: number, log: Log): Promise<SoakCity> {
  const { services } = system;
  const year = chinaYear();
  await installRoot(system.registrationEnvironment, {
    ROOT_UNIT_ID: ROOT,
    ROOT_UNIT_NAME: '浸泡测试市总工会',
    ROOT_REGION_CODE: '370100',
    ADMIN_USERNAME: 'soak.city.cadre',
    ADMIN_DISPLAY_NAME: '市总干部',
    ADMIN_PASSWORD: PASSWORD,
  });
  const login = async (username: string): Promise<{ token: string; id: string }> => {
    const body = expect(await apiClient(services.registration.url).post('/auth/login', { username, password: PASSWORD }), 200, `logging in ${username}`);
    return { token: body.accessToken, id: body.user.userId };
  };
  const rootLogin = await login('soak.city.cadre');
  const registration = apiClient(services.registration.url, rootLogin.token);
  const root: Person = { id: rootLogin.id, username: 'soak.city.cadre', name: '市总干部', unitId: ROOT, roles: ['city_union_cadre'], token: rootLogin.token };

  // The tree, parents first.
  const units: { id: string; kind: string; parentId: string; enterprise?: boolean }[] = [
    { id: 'county-east', kind: 'county_federation', parentId: ROOT },
    { id: 'town-1', kind: 'township_union', parentId: 'county-east' },
    { id: 'town-2', kind: 'township_union', parentId: 'county-east' },
    ...ENTERPRISES.map((id) => ({ id, kind: 'enterprise_union', parentId: TOWN_OF[id], enterprise: true })),
    ...ENTERPRISES.map((id) => ({ id: `team-${id.slice(4)}`, kind: 'team', parentId: id })),
  ];
  let n = 0;
  for (const unit of units) {
    n++;
    expect(
      await registration.post('/org-units', {
        id: unit.id,
        name: `浸泡测试 ${unit.id}`,
        kind: unit.kind,
        parentId: unit.parentId,
        ...(unit.enterprise ? { enterprise: { creditCode: creditCodeFor(9000 + n), ownership: n % 2 ? 'public' : 'non_public', aboveScale: true, headcount: 200 + n } } : {}),
      }),
      201,
      `creating ${unit.id}`,
    );
  }
  const teams = ENTERPRISES.map((id) => `team-${id.slice(4)}`);

  // People, each with a password of their own (chosen at the first login after the cadre's temporary one), each logged in.
  const person = async (username: string, name: string, unitId: string, role: string): Promise<Person> => {
    const { user, login: first } = await createUserWithPassword(services.registration.url, rootLogin.token, { username, displayName: name, orgUnitId: unitId, roles: [role] }, PASSWORD);
    return { id: user.id, username, name, unitId, roles: [role], token: first.accessToken };
  };
  const cityApprover = await person('soak.city.approver', '市总审批干部', ROOT, 'city_union_cadre');
  const nominator = await person('soak.city.nominator', '市总推荐干部', ROOT, 'city_union_cadre');
  const countyCadre = await person('soak.county.cadre', '区总干部', 'county-east', 'county_union_cadre');
  const countyOffice = await person('soak.county.office', '区竞赛办', 'county-east', 'county_committee_office');
  const townCadres = [await person('soak.town1.cadre', '一街道工会干部', 'town-1', 'township_union_cadre'), await person('soak.town2.cadre', '二街道工会干部', 'town-2', 'township_union_cadre')];
  const enterpriseCadres = new Map<string, Person>();
  for (const id of ENTERPRISES) enterpriseCadres.set(id, await person(`soak.${id}.cadre`, `${id} 工会干部`, id, 'enterprise_union_cadre'));
  const inspectors = [await person('soak.city.inspector', '市劳动保护监督检查员', ROOT, 'safety_inspector'), await person('soak.county.inspector', '区劳动保护监督检查员', 'county-east', 'safety_inspector')];
  const auditor = await person('soak.city.auditor', '市总审计', ROOT, 'auditor');
  const workers: Person[] = [];
  for (let i = 0; i < workerCount; i++) {
    const team = teams[i % teams.length];
    workers.push(await person(`soak.worker.${String(i + 1).padStart(2, '0')}`, `职工${i + 1}`, team, 'worker'));
  }
  const people = [root, cityApprover, nominator, countyCadre, countyOffice, ...townCadres, ...enterpriseCadres.values(), ...inspectors, auditor, ...workers];
  log(`city: ${units.length + 1} units, ${people.length} people logged in`);

  // hazard-reward decides approvals and awards resolves nominees from their copies of the tree and the users.
  const unitIds = [ROOT, ...units.map((u) => u.id)];
  const userIds = people.map((p) => p.id);
  // Assessment checks the organiser of a skills contest against its copy of the tree too.
  for (const schema of ['hazard_reward', 'awards', 'assessment']) {
    const withUsers = await sql.exists(schema, 'user_directory');
    await waitFor(
      `${schema} to know the city's units${withUsers ? ' and people' : ''}`,
      async () => {
        const [{ units: u }] = await sql(`SELECT count(*)::int AS units FROM ${schema}.org_tree_units WHERE id = ANY($1)`, [unitIds]);
        const users = withUsers ? (await sql(`SELECT count(*)::int AS n FROM ${schema}.user_directory WHERE id = ANY($1)`, [userIds]))[0].n : userIds.length;
        return u === unitIds.length && users === userIds.length;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
  }

  const hazard = apiClient(services['hazard-reward'].url, root.token);
  expect(
    await hazard.post('/reward-schemes', {
      issuingUnitId: ROOT,
      name: '浸泡测试市职工排查安全生产事故隐患奖励办法',
      validFrom: `${year}-01-01`,
      approvalThresholdYuan: SCHEME.thresholdYuan,
      amounts: SCHEME.amounts,
    }),
    201,
    'creating the reward scheme',
  );
  expect(await hazard.put(`/reward-budgets/${ROOT}/${year}`, { totalYuan: BUDGET_YUAN }), 200, 'setting the reward budget');

  const awards = apiClient(services.awards.url, root.token);
  for (const honour of HONOURS) {
    expect(await awards.put(`/honour-quotas/${honour.code}/${honour.conferringUnitId}/${year}`, { quota: QUOTA }), 200, `setting the quota of ${honour.code}`);
  }
  for (const unit of [ROOT, 'county-east']) {
    expect(await awards.put(`/competition-funds/${unit}/${year}`, { totalYuan: FUND_YUAN }), 200, `setting the competition fund of ${unit}`);
  }
  log(`city: reward scheme (major rewards above ${SCHEME.thresholdYuan} yuan are approved), budget, ${HONOURS.length} honour quotas and funds set`);

  return {
    rootId: ROOT,
    year,
    enterprises: ENTERPRISES,
    teams,
    teamOf: new Map(ENTERPRISES.map((id, i) => [id, teams[i]])),
    enterpriseOfTeam: new Map(ENTERPRISES.map((id, i) => [teams[i], id])),
    password: PASSWORD,
    root,
    cityApprover,
    nominator,
    countyCadre,
    countyOffice,
    townCadres,
    enterpriseCadres,
    inspectors,
    auditor,
    workers,
    honours: HONOURS,
    scheme: SCHEME,
    budgetYuan: BUDGET_YUAN,
  };
}
