// Loads the demo city (scripts/demo/city.js and the two sheets beside it) through the registration API,
// as the city union cadre made by the install command. Safe to run again: what exists is kept, only what is
// missing is created. Exits 1 on any unexpected answer, printing its status and body.
//   REGISTRATION_URL   default http://127.0.0.1:3001
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const city = require('./demo/city');

const registrationUrl = (process.env.REGISTRATION_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
const hazardRewardUrl = (process.env.HAZARD_REWARD_URL ?? 'http://127.0.0.1:3002').replace(/\/+$/, '');
const assessmentUrl = (process.env.ASSESSMENT_URL ?? 'http://127.0.0.1:3003').replace(/\/+$/, '');
const awardsUrl = (process.env.AWARDS_URL ?? 'http://127.0.0.1:3004').replace(/\/+$/, '');
/** One id for every request of this run, so the audit trail shows what one run did. */
const correlationId = `demo-data-${new Date().toISOString().replace(/[^0-9]/g, '').slice(0, 14)}`;
const enterprisesFile = path.join(__dirname, 'demo', 'enterprises.csv');
const workersFile = path.join(__dirname, 'demo', 'workers.csv');
/** The session requests are sent with: { accessToken, refreshToken }, refreshed when the access token runs out. */
let session = null;

class HttpError extends Error {
  constructor(method, pathname, status, body) {
    super(`${method} ${pathname} answered ${status}: ${body}`);
    this.status = status;
    this.body = body;
  }
}

/**
 * One request. The statuses in `expected` (besides 2xx) are returned, so that a caller can treat 404 as
 * "not there yet"; anything else throws. A JSON body is sent as JSON, a FormData as multipart.
 */
async function call(method, pathname, { body, expected = [], base = registrationUrl, refreshed = false } = {}) {
  const headers = { 'x-correlation-id': correlationId };
  if (session) headers.authorization = `Bearer ${session.accessToken}`;
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(`${base}${pathname}`, { method, headers, body: payload });
  } catch (err) {
    throw new Error(`${method} ${pathname}: cannot reach the service at ${base} (${err.cause?.message ?? err.message})`);
  }
  // Logins are limited per address and minute: wait as long as the service says, then try again.
  const retryAfter = Number(res.headers.get('retry-after'));
  if (res.status === 429 && retryAfter > 0 && retryAfter <= 120 && !expected.includes(429)) {
    console.log(`[demo] ${method} ${pathname}: too many logins this minute; waiting ${retryAfter} s`);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    return call(method, pathname, { body, expected, base, refreshed });
  }
  // Access tokens live minutes: a first run takes longer. Spend the refresh token once, then try again.
  if (res.status === 401 && session?.refreshToken && !refreshed) {
    await refresh(session);
    return call(method, pathname, { body, expected, base, refreshed: true });
  }
  const text = await res.text();
  if (!res.ok && !expected.includes(res.status)) throw new HttpError(method, pathname, res.status, text);
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new Error(`${method} ${pathname} answered ${res.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  return { status: res.status, body: json };
}

/** Exchanges the session's refresh token for the next one and a new access token (in place). */
async function refresh(current) {
  const res = await fetch(`${registrationUrl}/auth/refresh`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId },
    body: JSON.stringify({ refreshToken: current.refreshToken }),
  });
  if (!res.ok) throw new Error(`POST /auth/refresh answered ${res.status}: ${await res.text()}`);
  const next = await res.json();
  current.accessToken = next.accessToken;
  current.refreshToken = next.refreshToken;
}

/** Every item of a paged list (items, total). */
async function all(pathname, pageSize) {
  const items = [];
  const separator = pathname.includes('?') ? '&' : '?';
  for (let offset = 0; ; offset += pageSize) {
    const { body } = await call('GET', `${pathname}${separator}limit=${pageSize}&offset=${offset}`);
    items.push(...body.items);
    if (body.items.length === 0 || offset + pageSize >= body.total) return items;
  }
}

const summary = (step, created, existing, extra = '') =>
  console.log(`[demo] ${step}: ${created} created, ${existing} already there${extra}`);

// --- sheets -------------------------------------------------------------------------------------------

/** The rows of one of our CSV files (UTF-8 with BOM, quoted cells allowed) as arrays of cells. */
function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((v) => v !== '')) rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  row.push(cell);
  if (row.some((v) => v !== '')) rows.push(row);
  const [header, ...data] = rows;
  return { header, rows: data };
}

function toCsv(header, rows) {
  const cell = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

function column(header, name, file) {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`${path.basename(file)} has no column ${name}; regenerate it with node scripts/demo/generate-demo-files.js`);
  return index;
}

/** Uploads a sheet to an import; a refused file (400) is reported row by row. */
async function upload(pathname, fileName, content) {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/csv' }), fileName);
  try {
    return (await call('POST', pathname, { body: form })).body;
  } catch (err) {
    if (err instanceof HttpError && err.status === 400) {
      let refusal = null;
      try {
        refusal = JSON.parse(err.body);
      } catch {
        /* not the import's answer: reported with its body as it is */
      }
      if (!Array.isArray(refusal?.problems)) throw err;
      const lines = refusal.problems.slice(0, 30).map((p) => `    row ${p.row ?? '-'}, ${p.field}: ${p.message}`);
      if (refusal.problems.length > 30) lines.push(`    … and ${refusal.problems.length - 30} more`);
      throw new Error(`POST ${pathname} (${fileName}) answered 400: ${refusal.message}\n${lines.join('\n')}`);
    }
    throw err;
  }
}

// --- steps --------------------------------------------------------------------------------------------

/** What a login (or a password change) answers, kept per demo user: who they are and their session. */
const signedIn = (body) => ({ user: body.user, session: { accessToken: body.accessToken, refreshToken: body.refreshToken } });

async function logIn() {
  const { username } = city.root.admin;
  const { status, body } = await call('POST', '/auth/login', { body: { username, password: city.DEMO_PASSWORD }, expected: [401] });
  if (status === 401) {
    throw new Error(
      `${username} cannot log in with the demo password (401). Run scripts/start.sh, whose install step creates ${city.root.id} and ${username}.`,
    );
  }
  session = signedIn(body).session;
  console.log(`[demo] logged in as ${username} (${body.user.displayName}, ${body.user.roles.join(', ')} at ${body.user.orgUnitId})`);
}

/** Runs `action` with the token of another demo user (a county's plan is filed by the county, not the city). */
const demoLogins = new Map();

async function asDemoUser(username, action) {
  const own = session;
  // One login per user and run: logins are rate-limited per address.
  if (!demoLogins.has(username)) {
    session = null;
    const { body } = await call('POST', '/auth/login', { body: { username, password: city.DEMO_PASSWORD } });
    demoLogins.set(username, signedIn(body));
  }
  const login = demoLogins.get(username);
  session = login.session;
  try {
    return await action(login.user);
  } finally {
    session = own;
  }
}

/** A new user's first login: the temporary password, then their own (POST /auth/password), which gives tokens. */
async function chooseOwnPassword(username, temporary, password) {
  const own = session;
  session = null;
  try {
    const first = await call('POST', '/auth/login', { body: { username, password: temporary } });
    if (first.body.passwordChangeRequired !== true) throw new Error(`${username}: expected to be asked for a new password at the first login`);
    return (await call('POST', '/auth/password', { body: { username, password: temporary, newPassword: password } })).body;
  } finally {
    session = own;
  }
}

/** GET each unit; 404 → create it. */
async function ensureUnits(step, units) {
  let created = 0;
  for (const unit of units) {
    const found = await call('GET', `/org-units/${encodeURIComponent(unit.id)}`, { expected: [404] });
    if (found.status === 200) {
      if (found.body.kind !== unit.kind || found.body.parentId !== unit.parentId) {
        console.warn(`[demo] note: ${unit.id} exists as ${found.body.kind} under ${found.body.parentId}, not ${unit.kind} under ${unit.parentId}; left as it is`);
      }
      continue;
    }
    const request = { id: unit.id, name: unit.name, kind: unit.kind, parentId: unit.parentId };
    if (unit.regionCode) request.regionCode = unit.regionCode;
    await call('POST', '/org-units', { body: request });
    created += 1;
  }
  summary(step, created, units.length - created);
}

/** Uploads the rows of enterprises.csv whose 单位编号 is not in the tree yet (the whole file the first time). */
async function importEnterprises() {
  const sheet = readCsv(enterprisesFile);
  const idColumn = column(sheet.header, '单位编号', enterprisesFile);
  const existing = new Set(
    (await all(`/org-units/${city.root.id}/subtree?kind=enterprise_union&status=all`, 500)).map((unit) => unit.id),
  );
  const missing = sheet.rows.filter((row) => !existing.has(row[idColumn]));
  if (missing.length > 0) {
    const content = missing.length === sheet.rows.length ? fs.readFileSync(enterprisesFile) : toCsv(sheet.header, missing);
    const result = await upload('/org-units/imports/enterprises', path.basename(enterprisesFile), content);
    if (result.imported !== missing.length) throw new Error(`the enterprise import took ${result.imported} of ${missing.length} rows`);
  }
  summary('enterprises', missing.length, sheet.rows.length - missing.length, ` (imported from scripts/demo/${path.basename(enterprisesFile)})`);
}

/** Uploads the rows of workers.csv whose mobile belongs to no worker of the city yet. */
async function importWorkers() {
  const sheet = readCsv(workersFile);
  const mobileColumn = column(sheet.header, '手机号', workersFile);
  const existing = new Set(
    (await all(`/users?orgUnitId=${city.root.id}&role=worker`, 500)).flatMap((user) => [user.mobile, user.username]),
  );
  const missing = sheet.rows.filter((row) => !existing.has(row[mobileColumn]));
  if (missing.length > 0) {
    const content = missing.length === sheet.rows.length ? fs.readFileSync(workersFile) : toCsv(sheet.header, missing);
    const result = await upload('/users/imports/workers', path.basename(workersFile), content);
    if (result.imported !== missing.length) throw new Error(`the worker import took ${result.imported} of ${missing.length} rows`);
  }
  summary('workers', missing.length, sheet.rows.length - missing.length, ` (imported from scripts/demo/${path.basename(workersFile)})`);
}

/** Looks each demo user up by username; not found → create it with the demo password. */
async function ensureDemoUsers() {
  let created = 0;
  for (const user of city.demoUsers) {
    const { body } = await call('GET', `/users?orgUnitId=${city.root.id}&q=${encodeURIComponent(user.username)}&limit=500`);
    const found = body.items.find((u) => u.username.toLowerCase() === user.username.toLowerCase());
    if (found) {
      if (found.orgUnitId !== user.orgUnitId || found.roles.join() !== user.roles.join()) {
        console.warn(`[demo] note: ${user.username} exists at ${found.orgUnitId} with roles ${found.roles.join(', ')}; left as it is`);
      }
      continue;
    }
    // A password a cadre sets is temporary: the user chooses their own at the first login. The demo
    // does that step for each user, so that every one of them logs in with the demo password.
    const temporary = `Tmp-${crypto.randomBytes(9).toString('base64url')}`;
    await call('POST', '/users', { body: { ...user, password: temporary } });
    demoLogins.set(user.username, signedIn(await chooseOwnPassword(user.username, temporary, city.DEMO_PASSWORD)));
    created += 1;
  }
  summary('demo users', created, city.demoUsers.length - created, ` (password ${city.DEMO_PASSWORD})`);
}

async function ensureCompetitions() {
  const existing = new Map((await all('/competitions', 100)).map((c) => [`${c.organiserOrgUnitId}\n${c.name}`, c]));
  let created = 0;
  for (const { demo, ...competition } of city.competitions) {
    let current = existing.get(`${competition.organiserOrgUnitId}\n${competition.name}`);
    if (!current) {
      current = (await call('POST', '/competitions', { body: competition })).body;
      created += 1;
    }
    if (demo) await advance(current, demo);
  }
  summary('competitions', created, city.competitions.length - created, ' (three open, one of them a 工人先锋号 creation drive; one filed and waiting for the city union)');
}

/** Files, opens and enrols as the demo wants, doing only what has not been done. */
async function advance(competition, demo) {
  if ((demo.open || demo.file) && competition.status === 'draft') {
    const file = () => call('POST', `/competitions/${competition.id}/filing`);
    await (demo.fileAs ? asDemoUser(demo.fileAs, file) : file());
    competition = (await call('GET', `/competitions/${competition.id}`)).body;
  }
  if (demo.approveFilingAs && competition.status === 'filing') {
    await asDemoUser(demo.approveFilingAs, () => approveWaiting('plan-filing', competition.id));
    competition = await waitForStatus(competition.id, 'filed');
  }
  if (demo.open && competition.status === 'filed') {
    competition = (await call('POST', `/competitions/${competition.id}/lifecycle`, { body: { action: 'open', reason: '演示数据' } })).body;
  }
  if (demo.pioneerApplication && competition.status === 'open') {
    // A team applies once: the service refuses a second live application with 409, which means done.
    const { status } = await asDemoUser(demo.pioneerApplication, () =>
      call('POST', '/pioneer-team-applications', { body: { competitionId: competition.id, ...city.pioneerApplication }, expected: [409] }),
    );
    summary('工人先锋号 applications', status === 201 ? 1 : 0, status === 201 ? 0 : 1, ' (waiting for ent.cadre)');
  }
  if (!demo.enrolAboveScaleExcept) return;
  const enrolled = new Set((await all(`/competitions/${competition.id}/enrolments?status=all`, 100)).map((e) => e.unitId));
  const entrants = city.enterprises.filter((e) => e.aboveScale && !demo.enrolAboveScaleExcept.includes(e.id) && !enrolled.has(e.id));
  for (const enterprise of entrants) {
    await call('POST', `/competitions/${competition.id}/enrolments`, {
      body: { unitId: enterprise.id, participants: Math.ceil(enterprise.headcount * 0.6), contactName: '工会主席', contactPhone: '13800000000' },
    });
  }
  summary('enrolments', entrants.length, enrolled.size, ` in “${competition.name.slice(0, 20)}…”`);
}

/** Approves, as the signed-in demo user, the item of this kind waiting in their inbox (it arrives within seconds). */
async function approveWaiting(kind, itemId) {
  for (let tries = 0; tries < 60; tries++) {
    const { body } = await call('GET', `/approvals/inbox?kind=${kind}&limit=100`);
    const item = body.items.find((i) => i.itemId === itemId && i.waitingAs === 'approver');
    if (item) {
      await call('POST', `/approvals/${item.workflowId}/decisions`, {
        body: { decisionId: `demo-${item.workflowId}-${item.stepId}`, stepId: item.stepId, outcome: 'approve', opinion: '同意' },
      });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${kind} ${itemId} never reached the approver's inbox`);
}

async function waitForStatus(competitionId, status) {
  for (let tries = 0; tries < 60; tries++) {
    const { body } = await call('GET', `/competitions/${competitionId}`);
    if (body.status === status) return body;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`competition ${competitionId} did not become ${status}`);
}

/**
 * 安康杯 hazard reporting: the city union's reward scheme and budget, and demo.worker's three reports at
 * 恒通精密机械: one confirmed (rewarded and paid, with its rectification plan in the archive), one major
 * (its reward waiting for approval in town.cadre's inbox), one anonymous and not yet verified.
 */
async function ensureHazards() {
  const hazards = { base: hazardRewardUrl };
  const { demo } = city.hazards;
  const schemes = (await call('GET', `/reward-schemes?unitId=${city.root.id}`, hazards)).body;
  if (!schemes.some((s) => s.issuingUnitId === city.root.id && s.name === demo.scheme.name)) {
    await call('POST', '/reward-schemes', { ...hazards, body: { issuingUnitId: city.root.id, ...demo.scheme } });
  }
  await asDemoUser('city.finance', () => call('PUT', `/reward-budgets/${city.root.id}/${demo.year}`, { ...hazards, body: { totalYuan: demo.budgetYuan } }));

  // Each step looks first, so that a run that stopped half-way is completed by the next one. demo.worker's
  // named reports are in /hazard-reports/mine; the anonymous one is not (nothing links it to the account),
  // so the enterprise's union cadre looks for it among the enterprise's reports.
  const photo = await require('sharp')({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer();
  const mine = () => asDemoUser('demo.worker', async () => (await call('GET', '/hazard-reports/mine', hazards)).body.items);
  const anonymousOnes = async () => {
    const units = [...new Set(demo.reports.filter((r) => r.fields.anonymous).map((r) => r.fields.enterpriseUnitId))];
    const lists = await asDemoUser('ent.cadre', () => Promise.all(units.map(async (unitId) => (await call('GET', `/hazard-reports?unitId=${unitId}&limit=200`, hazards)).body.items)));
    return lists.flat().filter((r) => r.anonymous);
  };
  let existing = [...(await mine()), ...(await anonymousOnes())];
  let created = 0;
  for (const report of demo.reports) {
    if (existing.some((r) => r.description === report.fields.description)) continue;
    const form = new FormData();
    for (const [key, value] of Object.entries(report.fields)) form.append(key, String(value));
    form.append('photos', new Blob([new Uint8Array(photo)]), 'photo.jpg');
    const res = await asDemoUser('demo.worker', () => call('POST', '/hazard-reports', { ...hazards, body: form }));
    if (res.body.anonymousAccess) {
      // Shown once, as to the reporter: follow it with POST /anonymous-reports/follow { reportKey, pin }.
      console.log(`  anonymous report “${report.fields.description}”: report key ${res.body.anonymousAccess.reportKey}, PIN ${res.body.anonymousAccess.pin}`);
    }
    created += 1;
  }
  existing = [...(await mine()), ...(await anonymousOnes())];
  const idOf = (report) => existing.find((r) => r.description === report.fields.description).id;
  for (const report of demo.reports.filter((r) => r.grade)) {
    if (existing.find((r) => r.id === idOf(report)).status !== 'reported') continue;
    await asDemoUser('ent.cadre', () =>
      call('POST', `/hazard-reports/${idOf(report)}/verification`, { ...hazards, body: { outcome: 'confirmed', grade: report.grade } }),
    );
  }
  const planned = demo.reports.find((r) => r.plan);
  const hazard = (await asDemoUser('ent.manager', () => call('GET', `/hazards/${idOf(planned)}`, hazards))).body;
  if (!hazard.plan) {
    const updater = await asDemoUser(planned.plan.updater, async (user) => user);
    const plan = { ...planned.plan.fields, deadline: new Date(Date.now() + planned.plan.days * 24 * 3600 * 1000).toISOString(), updaterUserId: updater.userId };
    // hazard-reward learns of the designated person from registration's events: give it a moment.
    for (let attempt = 1; ; attempt++) {
      const res = await asDemoUser('ent.manager', () => call('PUT', `/hazards/${hazard.reportId}/rectification-plan`, { ...hazards, body: plan, expected: [400] }));
      if (res.status === 200) break;
      if (attempt === 20) throw new Error(`the rectification plan was refused: ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  summary('hazard reports', created, demo.reports.length - created, ' (one rewarded with a rectification plan, one major reward awaiting approval, one anonymous awaiting verification)');
}


/**
 * The city's labour competition is assessed on attachment 3 (工人先锋号考核评价表): every enrolled
 * enterprise has a sheet, and 恒通精密机械 has filled in and submitted its self assessment, waiting for
 * town.cadre's review.
 */
async function ensureAssessment() {
  const assessment = { base: assessmentUrl };
  const { demo } = city.assessment;
  const competition = (await all('/competitions', 100)).find((c) => c.name === demo.competitionName);
  // Assessment learns of the competition and its enrolments from events: give it a moment.
  let configured;
  for (let attempt = 1; ; attempt++) {
    configured = await call('PUT', `/competitions/${competition.id}/assessment`, { ...assessment, body: { templateCode: demo.templateCode }, expected: [409] });
    // Until the configuration is accepted the competition has no sheets to list (404).
    const sheets = configured.status === 200 ? (await call('GET', `/competitions/${competition.id}/assessment-sheets?limit=100`, assessment)).body : { total: 0 };
    if (configured.status === 200 && sheets.total === demo.enrolledUnits) break;
    if (attempt === 40) throw new Error(`assessment did not open the sheets of “${demo.competitionName}”: ${JSON.stringify(configured.body)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const sheet = await asDemoUser('ent.cadre', async () =>
    (await call('GET', `/competitions/${competition.id}/assessment-sheets`, assessment)).body.items.find((s) => s.unitId === demo.selfAssessed.unitId),
  );
  if (sheet.status === 'draft') {
    await asDemoUser('ent.cadre', async () => {
      await call('PUT', `/assessment-sheets/${sheet.id}/self-assessment`, { ...assessment, body: { inputs: demo.selfAssessed.inputs } });
      await call('POST', `/assessment-sheets/${sheet.id}/submission`, assessment);
    });
  }
  summary('assessment sheets', configured.body.sheetsOpened, demo.enrolledUnits - configured.body.sheetsOpened, ` (“${demo.competitionName.slice(0, 20)}…” on ${demo.templateCode}; 恒通's self assessment submitted)`);
}

/** The city union's quotas and competition fund for the year, and the honour its competition recommends for. */
async function ensureHonours() {
  const awards = { base: awardsUrl };
  const { demo } = city.honours;
  for (const [honourCode, quota] of Object.entries(demo.quotas)) {
    await call('PUT', `/honour-quotas/${honourCode}/${city.root.id}/${demo.year}`, { ...awards, body: { quota } });
  }
  await asDemoUser('city.finance', () => call('PUT', `/competition-funds/${city.root.id}/${demo.year}`, { ...awards, body: { totalYuan: demo.fundYuan } }));
  const competition = (await all('/competitions', 100)).find((c) => c.name === city.assessment.demo.competitionName);
  await call('PUT', `/competitions/${competition.id}/honour`, { ...awards, body: { honourCode: demo.competitionHonour, conferringUnitId: city.root.id } });
  console.log(`[demo] honours: ${demo.year} quotas ${Object.entries(demo.quotas).map(([h, q]) => `${h} ${q}`).join(', ')}; competition fund ${demo.fundYuan} yuan`);
}

async function main() {
  await logIn();
  const rootUnit = await call('GET', `/org-units/${city.root.id}`, { expected: [404] });
  if (rootUnit.status === 404) throw new Error(`there is no root unit ${city.root.id}; the install command creates it (see scripts/start.sh)`);
  await ensureUnits('unions (counties, industry union, townships and parks)', city.unions);
  await importEnterprises();
  await ensureUnits('teams', city.teams);
  await importWorkers();
  await ensureDemoUsers();
  await ensureCompetitions();
  await ensureHazards();
  await ensureAssessment();
  await ensureHonours();
}

main().catch((err) => {
  console.error(`[demo] failed: ${err.message}`);
  process.exit(1);
});
