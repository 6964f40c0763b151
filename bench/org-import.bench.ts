/**
 * Org import benchmark: a city's enterprise register and its workers uploaded through the registration
 * API (all or nothing, one request each), then the time until another service's read model of the tree
 * has every new unit. Also the registration process's peak memory (VmHWM).
 *
 *   npm run bench:org-import      (20,000 enterprises, 100,000 workers; BENCH_ENTERPRISES=n, BENCH_WORKERS=n)
 *
 * Uses the built services (build first). Starts the local infrastructure when DATABASE_URL etc. are not
 * set. Prints its figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { completeOrganisationCode, makeCreditCode } from '@lc/org';
import {
  apiClient,
  createTestDatabase,
  deleteTestTopics,
  ensureInfrastructure,
  installRoot,
  registrationEnv,
  serviceEnv,
  startService,
  uniqueName,
  waitFor,
} from '@lc/testing';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 20_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 100_000);
const BOM = '\uFEFF';

function enterprisesCsv(townIds: string[]): Buffer {
  const lines = ['单位编号,企业名称,统一社会信用代码,上级工会编号,行政区划代码,所有制,规模以上,行业,职工人数'];
  for (let n = 1; n <= ENTERPRISES; n++) {
    const code = makeCreditCode(`91370100${completeOrganisationCode(String(n).padStart(8, '0'))}`);
    lines.push(`e${n},示范企业${n}有限公司,${code},${townIds[n % townIds.length]},370102,${n % 5 === 0 ? '公有制' : '非公有制'},${n % 3 === 0 ? '是' : '否'},制造业,${50 + (n % 400)}`);
  }
  return Buffer.from(BOM + lines.join('\r\n'));
}

function workersCsv(): Buffer {
  const lines = ['姓名,手机号,所在班组编号,性别,工种,技术等级'];
  for (let n = 1; n <= WORKERS; n++) {
    lines.push(`职工${n},139${String(n).padStart(8, '0')},e${1 + (n % ENTERPRISES)},${n % 2 ? '男' : '女'},钳工,中级工`);
  }
  return Buffer.from(BOM + lines.join('\r\n'));
}

function peakMemoryMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return Math.round(kib / 1024);
}

async function upload(url: string, token: string, path: string, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const started = process.hrtime.bigint();
  const res = await apiClient(url, token).post(path, form);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 2000)}`);
  return seconds;
}

async function main(): Promise<void> {
  ensureInfrastructure();
  const database = await createTestDatabase('benchimport');
  const prefix = `${uniqueName('benchimport')}.`;
  const env = { databaseUrl: database.url, prefix };
  const [registration, awards] = await Promise.all([
    startService('registration', { ...registrationEnv(env), LOG_LEVEL: 'error' }),
    startService('awards', { ...serviceEnv(env), LOG_LEVEL: 'error' }),
  ]);
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  try {
    await installRoot(registrationEnv(env), {
      ROOT_UNIT_ID: 'city',
      ROOT_UNIT_NAME: '基准市总工会',
      ADMIN_USERNAME: 'bench.cadre',
      ADMIN_DISPLAY_NAME: '基准',
      ADMIN_PASSWORD: 'Bench2026pass',
    });
    const login = await apiClient(registration.url).post('/auth/login', { username: 'bench.cadre', password: 'Bench2026pass' });
    const token: string = login.body.accessToken;
    const api = apiClient(registration.url, token);
    await api.post('/org-units', { id: 'county', name: '基准区总工会', kind: 'county_federation', parentId: 'city' });
    const towns = Array.from({ length: 20 }, (_, i) => `town-${i + 1}`);
    for (const id of towns) await api.post('/org-units', { id, name: `街道${id}`, kind: 'township_union', parentId: 'county' });

    const enterpriseFile = enterprisesCsv(towns);
    const enterpriseSeconds = await upload(registration.url, token, '/org-units/imports/enterprises', enterpriseFile, 'enterprises.csv');
    const imported = process.hrtime.bigint();
    await waitFor(
      'awards to have every enterprise',
      async () => {
        const [row] = (await sql.query(`SELECT count(*)::int AS n FROM awards.org_tree_units WHERE kind = 'enterprise_union'`)).rows;
        return row.n === ENTERPRISES;
      },
      { timeoutMs: 600_000, intervalMs: 200 },
    );
    const readModelSeconds = Number(process.hrtime.bigint() - imported) / 1e9;

    const workerFile = workersCsv();
    // Workers in one file at most 20,000 rows: a city's register goes in several uploads.
    const chunk = 20_000;
    const header = workerFile.toString('utf8').split('\r\n')[0];
    const rows = workerFile.toString('utf8').split('\r\n').slice(1);
    let workerSeconds = 0;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = Buffer.from([header, ...rows.slice(i, i + chunk)].join('\r\n'));
      workerSeconds += await upload(registration.url, token, '/users/imports/workers', part, `workers-${i / chunk + 1}.csv`);
    }
    const [audit] = (await sql.query(`SELECT count(*)::int AS n FROM registration.audit_log`)).rows;

    const figures = {
      enterprises: ENTERPRISES,
      enterpriseFileMiB: +(enterpriseFile.length / 2 ** 20).toFixed(2),
      enterpriseImportSeconds: +enterpriseSeconds.toFixed(2),
      enterprisesPerSecond: Math.round(ENTERPRISES / enterpriseSeconds),
      readModelCatchUpSeconds: +readModelSeconds.toFixed(2),
      workers: WORKERS,
      workerUploads: Math.ceil(WORKERS / chunk),
      workerImportSeconds: +workerSeconds.toFixed(2),
      workersPerSecond: Math.round(WORKERS / workerSeconds),
      auditEntries: audit.n,
      registrationPeakMemoryMiB: peakMemoryMiB(registration.process.pid),
    };
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await sql.end();
    await Promise.all([registration.stop(), awards.stop()]);
    await database.drop();
    await deleteTestTopics(prefix);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
