/**
 * Generates a whole city straight into a registration database, for benchmarks and load tests of the
 * queries over the tree (coverage): counties, townships, industry and bureau unions, enterprises with
 * valid credit codes and realistic distributions, teams, workers (users with the role worker),
 * competitions and enrolments. Deterministic: the same options give the same rows.
 *
 *   DATABASE_URL=postgres://…/db node -r @swc-node/register bench/generate-city.ts
 *     ROOT_UNIT_ID   the city unit, already installed (default city); nothing may be under it yet
 *     ENTERPRISES    default 20,000      WORKERS  default 1,000,000 (the sum of the enterprises' headcounts)
 *     SEED           default 20260101    YEAR     the competitions' year, default 2026
 *     SCHEMA         default registration
 *
 * Rows go in by multi-row INSERT … SELECT FROM unnest(arrays) through pg, thousands per statement. This is
 * data loading, not use of the application: no audit entries and no events are written, so other
 * services' read models of the tree do not see these units.
 *
 * What the city looks like (defaults):
 * - 10 counties (one per 2,000 enterprises, at least 1) of 12 townships each; 3 industry unions and
 *   1 bureau/company union under the city. 93% of enterprises sit under a township, 5% under an industry
 *   union, 2% under the bureau union.
 * - enterprises: 25% above scale, 70% non-public, industries weighted as a manufacturing city's register;
 *   headcounts log-normal (above-scale ones five times larger on average), summing to WORKERS exactly;
 *   1.5% deactivated (企业注销).
 * - teams: 40% of the active enterprises with 20 or more workers have 1 to 4 teams.
 * - workers: each enterprise's headcount of users, 80% in its teams when it has any, the rest at the
 *   enterprise itself.
 * - competitions (YEAR = Y): the city's labour competition (Y, running), the city's 安康杯 (Y, open), a
 *   county skills contest organised by the first county (Y, running), last year's 五小 innovation contest
 *   (Y−1, closed), the city's 工人先锋号 creation (Y, still filing, no enrolments).
 * - enrolments: 80% of above-scale and 58% of the other enterprises (about 60%) enrol in one or more
 *   competitions of year Y, the enterprise itself or 1 to 2 of its teams, 10% to 70% of the headcount;
 *   5% of enrolments withdrawn; besides, 30% of all enterprises enrolled in last year's contest.
 */
import { Client } from 'pg';
import { completeOrganisationCode, makeCreditCode } from '@lc/org';

export interface GenerateCityOptions {
  rootUnitId?: string;
  enterprises?: number;
  workers?: number;
  seed?: number;
  year?: number;
  schema?: string;
  /** Progress lines go here (default: none). */
  log?: (line: string) => void;
}

export interface GeneratedCity {
  rootUnitId: string;
  rootPath: string;
  counties: number;
  townships: number;
  industryAndBureauUnions: number;
  enterprises: number;
  activeEnterprises: number;
  aboveScaleEnterprises: number;
  teams: number;
  workers: number;
  competitions: number;
  enrolments: number;
  /** Ids to query: the first county, and its first township. */
  sample: { countyId: string; townshipId: string };
  seconds: number;
}

/** mulberry32: small, fast and good enough for test data; the same seed gives the same sequence. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES: [string, number][] = [
  ['制造业', 40],
  ['建筑业', 15],
  ['批发和零售业', 12],
  ['交通运输、仓储和邮政业', 8],
  ['信息传输、软件和信息技术服务业', 6],
  ['住宿和餐饮业', 6],
  ['电力、热力、燃气及水生产和供应业', 3],
  ['采矿业', 2],
  ['租赁和商务服务业', 8],
];
const TRADES = ['钳工', '车工', '焊工', '电工', '数控机床操作工', '叉车司机', '营业员', '厨师', '网络运维', '砌筑工'];
const GRADES = ['初级工', '中级工', '高级工', '技师', '高级技师'];

interface Column {
  name: string;
  type: string;
}

/** INSERT … SELECT FROM unnest($1::t[], …): one statement per batch of rows, given column by column. */
async function insertColumns(client: Client, table: string, columns: Column[], values: unknown[][], constants: Record<string, string> = {}, batch = 10_000): Promise<void> {
  const rows = values[0]?.length ?? 0;
  const names = [...columns.map((c) => c.name), ...Object.keys(constants)].join(', ');
  const selected = [...columns.map((_, i) => `c${i + 1}`), ...Object.values(constants)].join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i + 1}`).join(', ');
  const text = `INSERT INTO ${table} (${names}) SELECT ${selected} FROM unnest(${unnest}) AS r(${aliases})`;
  for (let start = 0; start < rows; start += batch) {
    await client.query(
      text,
      values.map((column) => column.slice(start, start + batch)),
    );
  }
}

/** A uuid (v4 layout) from the generator's sequence, so that ids too are the same on every run. */
function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export async function generateCity(client: Client, options: GenerateCityOptions = {}): Promise<GeneratedCity> {
  const started = process.hrtime.bigint();
  const rootUnitId = options.rootUnitId ?? 'city';
  const enterpriseCount = options.enterprises ?? 20_000;
  const workerCount = options.workers ?? 1_000_000;
  const year = options.year ?? 2026;
  const schema = options.schema ?? 'registration';
  const log = options.log ?? (() => undefined);
  const random = prng(options.seed ?? 20260101);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  if (!(enterpriseCount >= 1 && enterpriseCount <= 999_999)) throw new Error('ENTERPRISES must be 1 to 999,999 (credit codes are numbered MA000001…)');
  if (!(workerCount >= 0)) throw new Error('WORKERS must not be negative');
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema '${schema}' is not a plain identifier`);

  await client.query(`SET search_path TO ${schema}`);
  const root = (await client.query<{ path: string; region_code: string | null }>('SELECT path, region_code FROM org_units WHERE id = $1', [rootUnitId])).rows[0];
  if (!root) throw new Error(`there is no org unit '${rootUnitId}': install the root first`);
  const [{ n: under }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM org_units WHERE parent_id = $1`, [rootUnitId])).rows;
  if (under > 0) throw new Error(`${rootUnitId} already has ${under} units under it: generate into a fresh database`);
  const cityRegion = (root.region_code ?? '370100').slice(0, 4);

  // ---- the union tree above the enterprises --------------------------------------------------------
  const units = { id: [] as string[], name: [] as string[], kind: [] as string[], parent: [] as string[], path: [] as string[], region: [] as string[] };
  const addUnit = (id: string, name: string, kind: string, parentId: string, parentPath: string, region: string) => {
    const path = `${parentPath}/${id}`;
    units.id.push(id);
    units.name.push(name);
    units.kind.push(kind);
    units.parent.push(parentId);
    units.path.push(path);
    units.region.push(region);
    return path;
  };
  const countyCount = Math.max(1, Math.round(enterpriseCount / 2000));
  const townsPerCounty = 12;
  const townships: { id: string; path: string; region: string; countyId: string }[] = [];
  for (let c = 1; c <= countyCount; c++) {
    const countyId = `county-${pad(c, 2)}`;
    const region = `${cityRegion}${pad(c % 100, 2)}`;
    const countyPath = addUnit(countyId, `第${c}区总工会`, 'county_federation', rootUnitId, root.path, region);
    for (let t = 1; t <= townsPerCounty; t++) {
      const id = `town-${pad(c, 2)}-${pad(t, 2)}`;
      townships.push({ id, path: addUnit(id, `第${c}区第${t}街道总工会`, 'township_union', countyId, countyPath, region), region, countyId });
    }
  }
  const industryNames = ['机械冶金', '建设建材', '财贸轻纺'];
  const industryUnions = industryNames.map((name, i) => {
    const id = `industry-${i + 1}`;
    return { id, path: addUnit(id, `市${name}工会`, 'industry_union', rootUnitId, root.path, `${cityRegion}00`), region: `${cityRegion}00` };
  });
  const bureau = { id: 'bureau-1', path: addUnit('bureau-1', '市交通运输集团工会', 'bureau_company_union', rootUnitId, root.path, `${cityRegion}00`), region: `${cityRegion}00` };
  await insertColumns(
    client,
    'org_units',
    [
      { name: 'id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'kind', type: 'text' },
      { name: 'parent_id', type: 'text' },
      { name: 'path', type: 'text' },
      { name: 'region_code', type: 'text' },
    ],
    [units.id, units.name, units.kind, units.parent, units.path, units.region],
  );
  log(`${countyCount} counties, ${townships.length} townships, ${industryUnions.length + 1} industry/bureau unions`);

  // ---- enterprises ---------------------------------------------------------------------------------
  const industryTotal = INDUSTRIES.reduce((s, [, w]) => s + w, 0);
  const industryOf = () => {
    let r = random() * industryTotal;
    for (const [name, weight] of INDUSTRIES) if ((r -= weight) < 0) return name;
    return INDUSTRIES[0][0];
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  interface Enterprise {
    id: string;
    path: string;
    aboveScale: boolean;
    active: boolean;
    headcount: number;
    countyId: string | null;
    teams: string[];
  }
  const enterprises: Enterprise[] = [];
  const ent = { id: [] as string[], name: [] as string[], parent: [] as string[], path: [] as string[], region: [] as string[], active: [] as boolean[], deactivatedAt: [] as (string | null)[], reason: [] as (string | null)[], code: [] as string[], ownership: [] as string[], aboveScale: [] as boolean[], industry: [] as string[], headcount: [] as number[] };
  const weights: number[] = [];
  for (let n = 1; n <= enterpriseCount; n++) {
    const where = random();
    const parent = where < 0.93 ? townships[Math.floor(random() * townships.length)] : where < 0.98 ? { ...pick(industryUnions), countyId: null } : { ...bureau, countyId: null };
    const id = `ent-${pad(n, 6)}`;
    const aboveScale = chance(0.25);
    const active = !chance(0.015);
    const industry = industryOf();
    enterprises.push({ id, path: `${parent.path}/${id}`, aboveScale, active, headcount: 0, countyId: 'countyId' in parent ? parent.countyId : null, teams: [] });
    weights.push(Math.exp(normal()) * (aboveScale ? 5 : 1));
    ent.id.push(id);
    ent.name.push(`${industry.slice(0, 2)}示范企业${n}号有限公司`);
    ent.parent.push(parent.id);
    ent.path.push(`${parent.path}/${id}`);
    ent.region.push(parent.region);
    ent.active.push(active);
    ent.deactivatedAt.push(active ? null : `${year - 1}-12-31T00:00:00+08:00`);
    ent.reason.push(active ? null : '企业注销');
    ent.code.push(makeCreditCode(`91${parent.region}${completeOrganisationCode(`MA${pad(n, 6)}`)}`));
    ent.ownership.push(chance(0.7) ? 'non_public' : 'public');
    ent.aboveScale.push(aboveScale);
    ent.industry.push(industry);
  }
  // Headcounts: a floor of 3 each (when the workers allow), the rest in proportion to the weights, and
  // what rounding leaves over to the largest, so that the sum is exactly the number of workers.
  const floor = Math.min(3, Math.floor(workerCount / enterpriseCount));
  const rest = workerCount - floor * enterpriseCount;
  const weightSum = weights.reduce((s, w) => s + w, 0);
  let assigned = 0;
  let largest = 0;
  enterprises.forEach((e, i) => {
    e.headcount = floor + Math.floor((rest * weights[i]) / weightSum);
    assigned += e.headcount;
    if (e.headcount > enterprises[largest].headcount) largest = i;
  });
  enterprises[largest].headcount += workerCount - assigned;
  for (const e of enterprises) ent.headcount.push(e.headcount);
  await insertColumns(
    client,
    'org_units',
    [
      { name: 'id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'parent_id', type: 'text' },
      { name: 'path', type: 'text' },
      { name: 'region_code', type: 'text' },
      { name: 'active', type: 'boolean' },
      { name: 'deactivated_at', type: 'timestamptz' },
      { name: 'deactivation_reason', type: 'text' },
      { name: 'credit_code', type: 'text' },
      { name: 'ownership', type: 'text' },
      { name: 'above_scale', type: 'boolean' },
      { name: 'industry', type: 'text' },
      { name: 'headcount', type: 'integer' },
    ],
    [ent.id, ent.name, ent.parent, ent.path, ent.region, ent.active, ent.deactivatedAt, ent.reason, ent.code, ent.ownership, ent.aboveScale, ent.industry, ent.headcount],
    { kind: `'enterprise_union'` },
  );
  log(`${enterpriseCount} enterprises`);

  // ---- teams -----------------------------------------------------------------------------------------
  const teams = { id: [] as string[], name: [] as string[], parent: [] as string[], path: [] as string[] };
  for (const e of enterprises) {
    if (!e.active || e.headcount < 20 || !chance(0.4)) continue;
    const count = 1 + Math.floor(random() * 4);
    for (let k = 1; k <= count; k++) {
      const id = `${e.id}-t${k}`;
      e.teams.push(id);
      teams.id.push(id);
      teams.name.push(`${pick(TRADES)}第${k}班组`);
      teams.parent.push(e.id);
      teams.path.push(`${e.path}/${id}`);
    }
  }
  await insertColumns(
    client,
    'org_units',
    [
      { name: 'id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'parent_id', type: 'text' },
      { name: 'path', type: 'text' },
    ],
    [teams.id, teams.name, teams.parent, teams.path],
    { kind: `'team'` },
  );
  log(`${teams.id.length} teams`);

  // ---- workers ---------------------------------------------------------------------------------------
  const workerColumns: Column[] = [
    { name: 'id', type: 'uuid' },
    { name: 'username', type: 'text' },
    { name: 'display_name', type: 'text' },
    { name: 'org_unit_id', type: 'text' },
    { name: 'gender', type: 'text' },
    { name: 'trade', type: 'text' },
    { name: 'skill_grade', type: 'text' },
  ];
  const chunk = 50_000;
  let buffer: unknown[][] = workerColumns.map(() => []);
  let written = 0;
  const flush = async () => {
    await insertColumns(client, 'users', workerColumns, buffer, { roles: `ARRAY['worker']` }, chunk);
    written += buffer[0].length;
    buffer = workerColumns.map(() => []);
    if (written % 200_000 < chunk) log(`${written} workers`);
  };
  let w = 0;
  for (const e of enterprises) {
    for (let k = 0; k < e.headcount; k++) {
      w++;
      const unit = e.teams.length > 0 && chance(0.8) ? e.teams[k % e.teams.length] : e.id;
      buffer[0].push(uuidFrom(random));
      buffer[1].push(`worker-${pad(w, 7)}`);
      buffer[2].push(`职工${w}`);
      buffer[3].push(unit);
      buffer[4].push(chance(0.6) ? 'male' : 'female');
      buffer[5].push(pick(TRADES));
      buffer[6].push(pick(GRADES));
      if (buffer[0].length >= chunk) await flush();
    }
  }
  if (buffer[0].length > 0) await flush();

  // ---- competitions ------------------------------------------------------------------------------------
  const firstCounty = townships[0].countyId;
  const competitions = [
    { key: 'labour', name: `${year}年度全市职工劳动和技能竞赛`, kind: 'labour_competition', organiser: rootUnitId, start: `${year}-03-01`, end: `${year}-11-30`, status: 'running' },
    { key: 'ankang', name: `${year}年"安康杯"竞赛`, kind: 'ankang_cup', organiser: rootUnitId, start: `${year}-04-01`, end: `${year}-10-31`, status: 'open' },
    { key: 'county', name: `${year}年第1区职工技能比武`, kind: 'skills_contest', organiser: firstCounty, start: `${year}-05-01`, end: `${year}-09-30`, status: 'running' },
    { key: 'lastYear', name: `${year - 1}年度"五小"创新竞赛`, kind: 'five_small_innovation', organiser: rootUnitId, start: `${year - 1}-03-01`, end: `${year - 1}-12-31`, status: 'closed' },
    { key: 'filing', name: `${year}年工人先锋号创建活动`, kind: 'team_creation', organiser: rootUnitId, start: `${year}-06-01`, end: `${year}-12-31`, status: 'filing' },
  ].map((c) => ({ ...c, id: uuidFrom(random) }));
  await insertColumns(
    client,
    'competitions',
    ['id:uuid', 'name:text', 'kind:text', 'organiser_org_unit_id:text', 'start_date:date', 'end_date:date', 'status:text'].map((s) => ({ name: s.split(':')[0], type: s.split(':')[1] })),
    [competitions.map((c) => c.id), competitions.map((c) => c.name), competitions.map((c) => c.kind), competitions.map((c) => c.organiser), competitions.map((c) => c.start), competitions.map((c) => c.end), competitions.map((c) => c.status)],
    { theme: `'当好主人翁、建功新时代'` },
  );
  const byKey = Object.fromEntries(competitions.map((c) => [c.key, c.id]));

  // ---- enrolments --------------------------------------------------------------------------------------
  const enr = { id: [] as string[], competition: [] as string[], unit: [] as string[], enterprise: [] as string[], participants: [] as number[], status: [] as string[] };
  const enrol = (competitionId: string, e: Enterprise) => {
    const units = e.teams.length > 0 && chance(0.5) ? e.teams.slice(0, 1 + Math.floor(random() * Math.min(2, e.teams.length))) : [e.id];
    for (const unit of units) {
      const share = (0.1 + random() * 0.6) / units.length;
      enr.id.push(uuidFrom(random));
      enr.competition.push(competitionId);
      enr.unit.push(unit);
      enr.enterprise.push(e.id);
      enr.participants.push(Math.max(1, Math.round(e.headcount * share)));
      enr.status.push(chance(0.05) ? 'withdrawn' : 'enrolled');
    }
  };
  for (const e of enterprises) {
    if (chance(e.aboveScale ? 0.8 : 0.58)) {
      const chosen = [chance(0.75) && byKey.labour, chance(0.35) && byKey.ankang, e.countyId === firstCounty && chance(0.5) && byKey.county].filter(
        (c): c is string => typeof c === 'string',
      );
      for (const c of chosen.length > 0 ? chosen : [byKey.labour]) enrol(c, e);
    }
    if (chance(0.3)) enrol(byKey.lastYear, e);
  }
  await insertColumns(
    client,
    'enrolments',
    [
      { name: 'id', type: 'uuid' },
      { name: 'competition_id', type: 'uuid' },
      { name: 'unit_id', type: 'text' },
      { name: 'enterprise_unit_id', type: 'text' },
      { name: 'participants', type: 'integer' },
      { name: 'status', type: 'text' },
    ],
    [enr.id, enr.competition, enr.unit, enr.enterprise, enr.participants, enr.status],
    { contact_name: `'联络员'`, contact_phone: `'13900000000'`, enrolled_by: `'generate-city'` },
  );
  log(`${competitions.length} competitions, ${enr.id.length} enrolments`);

  // Planner statistics, as autovacuum would have them on a live database.
  await client.query('ANALYZE org_units, users, competitions, enrolments');
  await client.query('RESET search_path');

  return {
    rootUnitId,
    rootPath: root.path,
    counties: countyCount,
    townships: townships.length,
    industryAndBureauUnions: industryUnions.length + 1,
    enterprises: enterpriseCount,
    activeEnterprises: enterprises.filter((e) => e.active).length,
    aboveScaleEnterprises: enterprises.filter((e) => e.aboveScale).length,
    teams: teams.id.length,
    workers: workerCount,
    competitions: competitions.length,
    enrolments: enr.id.length,
    sample: { countyId: firstCounty, townshipId: townships[0].id },
    seconds: +(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1),
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: give the registration database to generate into');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const city = await generateCity(client, {
      rootUnitId: process.env.ROOT_UNIT_ID,
      enterprises: process.env.ENTERPRISES ? Number(process.env.ENTERPRISES) : undefined,
      workers: process.env.WORKERS ? Number(process.env.WORKERS) : undefined,
      seed: process.env.SEED ? Number(process.env.SEED) : undefined,
      year: process.env.YEAR ? Number(process.env.YEAR) : undefined,
      schema: process.env.SCHEMA,
      log: (line) => console.error(`[generate-city] ${line}`),
    });
    console.log(JSON.stringify(city, null, 2));
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
