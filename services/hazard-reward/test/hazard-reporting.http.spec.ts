import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { Json, waitFor } from '@lc/testing';
import { gif, SECRETS } from './fixtures/test-images.fixture';
import { HazardCity, Person, startHazardCity } from './fixtures/hazard-city';

/**
 * Reporting, reporter protection and verification (核实), through hazard-reward's HTTP API on real
 * Postgres, Kafka and Temporal, with registration supplying the tree and the people.
 */
describe('hazard reports', () => {
  let h: HazardCity;
  let reporter: Person;
  let anonymousReporter: Person;
  let otherWorker: Person;
  let unionCadre: Person;
  let management: Person;
  let townInspector: Person;
  let auditor: Person;
  let named: Json;
  let anonymous: Json;

  beforeAll(async () => {
    h = await startHazardCity();
    [reporter, anonymousReporter, otherWorker] = await Promise.all([h.worker('team-a1a', 1), h.worker('team-a1b', 2), h.worker('team-a1a', 3)]);
    [unionCadre, management, townInspector, auditor] = await Promise.all([
      h.person('enterprise_union_cadre', 'ent-a1', '王工会'),
      h.person('enterprise_management', 'ent-a1', '赵厂长'),
      h.person('safety_inspector', 'town-a1', '钱监督员'),
      h.person('auditor', 'county-a', '孙审计'),
    ]);
  });

  afterAll(() => h?.stop());

  const count = async (table: string) => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM hazard_reward.${table}`))[0].n;

  it('refuses a report with a photo that is not JPEG/PNG/WebP, too many photos, or a bad field, naming it, and records nothing', async () => {
    const gifPhoto = await h.report(reporter, {}, [await gif()]);
    expect(gifPhoto.status).toBe(400);
    expect(JSON.stringify(gifPhoto.body.message)).toContain('photos[0]: is a GIF');

    const tooMany = await h.report(reporter, {}, Array.from({ length: 10 }, () => Buffer.from([0xff, 0xd8, 0xff])));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toBe('photos: send at most 9 photos of the hazard; the upload was stopped at photo 10');

    const badCategory = await h.report(reporter, { category: 'fire' });
    expect(badCategory.status).toBe(400);
    expect(JSON.stringify(badCategory.body.message)).toContain('category: must be one of accident, occupational');

    const team = await h.report(reporter, { enterpriseUnitId: 'team-a1a' });
    expect(team.status).toBe(400);
    expect(team.body.message).toContain('enterpriseUnitId: team-a1a');

    expect(await count('hazard_reports')).toBe(0);
    expect(await h.sql(`SELECT event_type FROM hazard_reward.outbox WHERE event_type <> 'audit.chain-sealed'`)).toEqual([]);
  });

  it('takes a named and an anonymous report with their photos cleaned of metadata', async () => {
    const a = await h.report(reporter, { latitude: '39.9', longitude: '116.4' });
    expect(a.status).toBe(201);
    named = a.body;
    expect(named).toMatchObject({ enterpriseUnitId: 'ent-a1', category: 'accident', status: 'reported', anonymous: false, mine: true, latitude: 39.9 });
    expect(named.photos).toEqual([`/hazard-reports/${named.id}/photos/1`]);

    const b = await h.report(anonymousReporter, { anonymous: 'true', category: 'occupational', description: '粉尘超标' });
    expect(b.status).toBe(201);
    anonymous = b.body;
    expect(anonymous).toMatchObject({ anonymous: true, mine: true, reporter: null });

    const photo = await fetch(`${h.city.hazardReward?.url}${named.photos[0]}`, { headers: { authorization: `Bearer ${unionCadre.token}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await photo.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    for (const secret of Object.values(SECRETS)) expect(bytes.includes(secret)).toBe(false);

    const events = await h.sql<{ event_type: string; envelope: Json }>(`SELECT event_type, envelope FROM hazard_reward.outbox WHERE event_type <> 'audit.chain-sealed' ORDER BY 1`);
    expect(events.map((e) => e.event_type)).toEqual(['hazard.reported', 'hazard.reported']);
  });

  it('shows who reported to the union verification chain only, and never for an anonymous report', async () => {
    const seen = async (person: Person) => {
      const res = await h.api(person.token).get('/hazard-reports?unitId=ent-a1');
      expect(res.status).toBe(200);
      return Object.fromEntries(res.body.items.map((r: Json) => [r.id, r.reporter]));
    };
    expect(await seen(unionCadre)).toEqual({ [named.id]: { userId: reporter.id, displayName: '职工1' }, [anonymous.id]: null });
    expect(await seen(townInspector)).toEqual({ [named.id]: { userId: reporter.id, displayName: '职工1' }, [anonymous.id]: null });
    expect(await seen(management)).toEqual({ [named.id]: null, [anonymous.id]: null });
    expect(await seen(auditor)).toEqual({ [named.id]: null, [anonymous.id]: null });

    // Nothing in hazard-reward's tables, audit trail or events names the anonymous reporter.
    const [{ dump }] = await h.sql<{ dump: string }>(
      `SELECT (SELECT coalesce(string_agg(t::text, ' '), '') FROM hazard_reward.hazard_reports t) ||
              (SELECT coalesce(string_agg(t::text, ' '), '') FROM hazard_reward.hazard_reporters t) ||
              (SELECT coalesce(string_agg(t::text, ' '), '') FROM hazard_reward.audit_log t) ||
              (SELECT coalesce(string_agg(t::text, ' '), '') FROM hazard_reward.outbox t) AS dump`,
    );
    expect(dump).not.toContain(anonymousReporter.id);
    expect(dump).not.toContain('职工2');
    // The named reporter is only in hazard_reporters, never in the trail or the events.
    const [{ leaks }] = await h.sql<{ leaks: number }>(
      `SELECT ((SELECT count(*) FROM hazard_reward.audit_log t WHERE t::text LIKE '%' || $1 || '%') +
               (SELECT count(*) FROM hazard_reward.outbox t WHERE t::text LIKE '%' || $1 || '%'))::int AS leaks`,
      [reporter.id],
    );
    expect(leaks).toBe(0);
  });

  it('lets a reporter see their own named reports, and nobody else; an anonymous one only with its report key and PIN', async () => {
    const mine = await h.api(reporter.token).get('/hazard-reports/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: Json) => r.id)).toEqual([named.id]);
    // Not confirmed yet: no rectification to follow.
    expect(mine.body.items[0].rectification).toBeNull();
    expect((await h.api(reporter.token).get(`/hazard-reports/${named.id}`)).status).toBe(200);
    // Signed in as the anonymous reporter, nothing leads to the anonymous report.
    expect((await h.api(anonymousReporter.token).get('/hazard-reports/mine')).body.items).toEqual([]);
    expect((await h.api(anonymousReporter.token).get(`/hazard-reports/${anonymous.id}`)).status).toBe(403);
    const followed = await h.api(anonymousReporter.token).post('/anonymous-reports/follow', { reportKey: anonymous.anonymousAccess.reportKey, pin: anonymous.anonymousAccess.pin });
    expect(followed.body).toMatchObject({ id: anonymous.id, status: 'reported' });

    const other = await h.api(otherWorker.token).get(`/hazard-reports/${named.id}`);
    expect(other.status).toBe(403);
    expect((await h.api(otherWorker.token).get(`/hazard-reports/${named.id}/photos/1`)).status).toBe(403);
    expect((await h.api(otherWorker.token).get('/hazard-reports/mine')).body.items).toEqual([]);
  });

  it('verifies: a verifier outside the enterprise line, management and the reporter are refused; a second verdict conflicts', async () => {
    const elsewhere = await h.person('enterprise_union_cadre', 'ent-a2');
    const outside = await h.api(elsewhere.token).post(`/hazard-reports/${named.id}/verification`, { outcome: 'confirmed', grade: 'general' });
    expect(outside.status).toBe(403);
    const byManagement = await h.api(management.token).post(`/hazard-reports/${named.id}/verification`, { outcome: 'confirmed', grade: 'general' });
    expect(byManagement.status).toBe(403);
    const noGrade = await h.api(unionCadre.token).post(`/hazard-reports/${named.id}/verification`, { outcome: 'confirmed' });
    expect(noGrade.status).toBe(400);
    expect(JSON.stringify(noGrade.body.message)).toContain('grade: a confirmed hazard needs a grade');

    const confirmed = await h.api(townInspector.token).post(`/hazard-reports/${named.id}/verification`, { outcome: 'confirmed', grade: 'general' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', grade: 'general' });
    const again = await h.api(unionCadre.token).post(`/hazard-reports/${named.id}/verification`, { outcome: 'rejected', reason: 'x' });
    expect(again.status).toBe(409);

    const archived = await h.api(unionCadre.token).get(`/hazards/${named.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ status: 'open', plan: null, grade: 'general' });
    // Its reporter follows the rectification of what they reported from their own list.
    const mine = (await h.api(reporter.token).get('/hazard-reports/mine')).body.items.find((r: Json) => r.id === named.id);
    expect(mine.rectification).toEqual({ status: 'open', deadline: null, overdue: false, lastProgressAt: null, closedAt: null });
  });

  it('marks a later report of the same hazard as a duplicate of the first, and refuses the reverse', async () => {
    const later = (await h.report(otherWorker)).body;
    const reverse = await h.api(unionCadre.token).post(`/hazard-reports/${named.id}/verification`, { outcome: 'duplicate', duplicateOf: later.id });
    expect(reverse.status).toBe(409); // already confirmed
    const backwards = await h.api(unionCadre.token).post(`/hazard-reports/${anonymous.id}/verification`, { outcome: 'duplicate', duplicateOf: later.id });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toContain('came after this one');

    const dup = await h.api(unionCadre.token).post(`/hazard-reports/${later.id}/verification`, { outcome: 'duplicate', duplicateOf: named.id });
    expect(dup.status).toBe(200);
    expect(dup.body).toMatchObject({ status: 'duplicate', duplicateOf: named.id });

    const rejected = await h.api(unionCadre.token).post(`/hazard-reports/${anonymous.id}/verification`, { outcome: 'rejected', reason: '现场核查未发现' });
    expect(rejected.status).toBe(200);
    const types = await h.sql<{ event_type: string; n: number }>(
      `SELECT event_type, count(*)::int AS n FROM hazard_reward.outbox WHERE event_type LIKE 'hazard.%' GROUP BY 1 ORDER BY 1`,
    );
    expect(types).toEqual([
      { event_type: 'hazard.confirmed', n: 1 },
      { event_type: 'hazard.rejected', n: 2 },
      { event_type: 'hazard.reported', n: 3 },
    ]);
    // Reports that are not confirmed are not archived and earn nothing.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await count('hazards')).toBe(1);
    await waitFor('the confirmed report to have its reward decided', async () => (await count('rewards')) === 1);
    expect(await h.sql(`SELECT status FROM hazard_reward.rewards`)).toEqual([{ status: 'no_scheme' }]);
  });

  it('takes a report without photos: a fume, a noise or a smell cannot be photographed', async () => {
    const res = await h.report(reporter, { category: 'occupational', location: '喷漆房', description: '换气扇停转，油漆味很重' }, []);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ category: 'occupational', status: 'reported', photos: [] });
    // Without photos a phone may send the fields as JSON.
    const json = await h.api(reporter.token).post('/hazard-reports', { enterpriseUnitId: 'ent-a1', location: '空压机房', category: 'occupational', description: '噪声刺耳', anonymous: true });
    expect(json.status).toBe(201);
    expect(json.body).toMatchObject({ location: '空压机房', anonymous: true, mine: true, photos: [] });
    expect(await h.sql(`SELECT anonymous FROM hazard_reward.hazard_reports WHERE id = $1`, [json.body.id])).toEqual([{ anonymous: true }]);
  });

  it('answers a report sent again with the same Idempotency-Key with the first one, even sent twice at once, and refuses the key for another report', async () => {
    const reports = () => count('hazard_reports');
    const before = await reports();
    const key = { 'idempotency-key': randomUUID() };
    const fields = { anonymous: 'true', location: '锻压车间', description: '行车限位失灵' };
    const first = await h.report(otherWorker, fields, undefined, key);
    expect(first.status).toBe(201);
    // A phone that lost the answer sends it again: the same report, its key and PIN shown again, nothing new recorded.
    const again = await h.report(otherWorker, fields, undefined, key);
    expect([again.status, again.body.id, again.body.anonymousAccess]).toEqual([201, first.body.id, first.body.anonymousAccess]);
    expect(await reports()).toBe(before + 1);
    // Two sends at once of a new submission: one report, both told of it.
    const twin = { 'idempotency-key': randomUUID() };
    const [a, b] = await Promise.all([h.report(otherWorker, { location: '装配线' }, undefined, twin), h.report(otherWorker, { location: '装配线' }, undefined, twin)]);
    expect([a.status, b.status, a.body.id]).toEqual([201, 201, b.body.id]);
    expect(await reports()).toBe(before + 2);
    // The row keeps nothing readable of the answer: no key, PIN or reporter in clear.
    const [row] = await h.sql(`SELECT key_digest, sealed_answer FROM hazard_reward.report_submissions WHERE report_id = $1`, [first.body.id]);
    expect(row.key_digest).not.toContain(key['idempotency-key']);
    expect(Buffer.from(row.sealed_answer).toString('latin1')).not.toContain(first.body.anonymousAccess.pin);
    // The same key with a different report is a client bug: refused, nothing recorded; a malformed key is refused too.
    const other = await h.report(otherWorker, { ...fields, description: '另一处隐患' }, undefined, key);
    expect([other.status, other.body.code, other.body.field]).toEqual([409, 'idempotency-key-reused', 'Idempotency-Key']);
    const malformed = await h.report(otherWorker, {}, undefined, { 'idempotency-key': 'short' });
    expect([malformed.status, malformed.body.code]).toEqual([400, 'bad-idempotency-key']);
    expect(await reports()).toBe(before + 2);
  });
});
