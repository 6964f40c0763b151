import { Workbook } from 'exceljs';
import { randomUUID } from 'node:crypto';
import { Role } from '@lc/org';
import { apiClient, creditCodeFor, Json, startTestCity, TestCity, waitFor } from '@lc/testing';
import { countOf, entriesAfter, lastEntryId } from './fixtures/city-helpers';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Enrolment (报名) of enterprises and teams in a county competition, through registration's HTTP API:
 * the participant scope, headcounts, duplicates, scope of the caller, the lifecycle, withdrawal, the
 * list, and the 参赛企业汇总表 of seed 004 attachment 2 as JSON and as an XLSX read back cell by cell.
 *
 *   county-a ─ town-a1 ─ ent-a1 (兴华机械, 制造业, 102) ─ team-a1a (数控班), team-a1b (装配班)
 *            │         └ ent-a2 (兴华纺织, 制造业, 103, public, above scale)
 *            ├ town-a2 ─ ent-a3 (东城物流, 交通运输业, 104, non-public)
 *            └ ind-a (县建筑业工会) ─ ent-ia1 (东城建工, 建筑业, 80)
 *   county-b ─ town-b1 ─ ent-b1 (another branch)
 */
describe('enrolment in a competition', () => {
  let city: TestCity;
  let root: ReturnType<typeof apiClient>;
  let county: ReturnType<typeof apiClient>;
  /** Competitions: the main one (open), one for the scope rules and the lifecycle, one left a draft. */
  let open: string;
  let scoped: string;
  let draft: string;
  const enrolmentIds: Record<string, string> = {};

  const as = async (role: Role, unitId: string) => apiClient(city.registration.url, await city.tokenAs(role, unitId));
  const names: Record<string, string> = {
    'county-a': '东城区总工会',
    'town-a1': '兴华街道总工会',
    'town-a2': '东湖街道总工会',
    'ent-a1': '兴华机械有限公司工会',
    'ent-a2': '兴华纺织有限公司工会',
    'ent-a3': '东城物流有限公司工会',
    'team-a1a': '数控车间班组',
    'team-a1b': '装配班组',
  };
  const industries: Record<string, string> = { 'ent-a1': '制造业', 'ent-a2': '制造业', 'ent-a3': '交通运输业' };

  /** Files a county-a plan with the city union, has it approved and opens it for enrolment. */
  async function openCompetition(name: string): Promise<string> {
    const created = await county.post('/competitions', { name, organiserOrgUnitId: 'county-a', startDate: '2026-03-01', endDate: '2026-11-30' });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const filing = await county.post(`/competitions/${id}/filing`);
    expect(filing.status).toBe(201);
    await waitFor('the city inbox', async () => (await root.get('/approvals/inbox')).body.items.some((i: Json) => i.itemId === id));
    const decided = await root.post(`/approvals/${filing.body.workflowId}/decisions`, { decisionId: randomUUID(), stepId: 'city', outcome: 'approve', opinion: '同意备案' });
    expect(decided.body.status).toBe('approved');
    await waitFor('the plan to be filed', async () => (await county.get(`/competitions/${id}`)).body.status === 'filed');
    await lifecycle(id, 'open');
    return id;
  }

  async function lifecycle(id: string, action: string): Promise<void> {
    const res = await county.post(`/competitions/${id}/lifecycle`, { action });
    expect([res.status, res.body.message]).toEqual([200, undefined]);
  }

  const setScope = (id: string, scope: Json) => city.sql(`UPDATE registration.competitions SET participant_scope = $2 WHERE id = $1`, [id, JSON.stringify(scope)]);

  const body = (unitId: string, participants: number, extra: Json = {}) => ({ unitId, participants, contactName: '李明', contactPhone: '13857286264', ...extra });

  /** What a refused request must leave untouched. */
  const writes = async () => ({
    enrolments: await countOf(city, 'registration.enrolments'),
    events: await countOf(city, 'registration.outbox', `event_type LIKE 'enrolment.%'`),
    entries: await countOf(city, 'registration.audit_log', `action LIKE 'enrolment.%'`),
  });

  beforeAll(async () => {
    city = await startTestCity();
    root = apiClient(city.registration.url, city.rootToken);
    county = await as('county_union_cadre', 'county-a');
    // Real names and industries, and an industry union of the county with its enterprise.
    for (const [id, name] of Object.entries(names)) {
      const res = await root.patch(`/org-units/${id}`, { name, ...(industries[id] ? { enterprise: { industry: industries[id] } } : {}) });
      expect(res.status).toBe(200);
    }
    const ind = await root.post('/org-units', { id: 'ind-a', name: '东城区建筑业工会', kind: 'industry_union', parentId: 'county-a' });
    expect(ind.status).toBe(201);
    city.paths.set('ind-a', ind.body.path);
    const ent = await root.post('/org-units', {
      id: 'ent-ia1',
      name: '东城建工集团工会',
      kind: 'enterprise_union',
      parentId: 'ind-a',
      enterprise: { creditCode: creditCodeFor(99), ownership: 'public', aboveScale: true, industry: '建筑业', headcount: 80 },
    });
    expect(ent.status).toBe(201);
    city.paths.set('ent-ia1', ent.body.path);

    [open, scoped] = [await openCompetition('2026年东城区“工人先锋号”创建活动'), await openCompetition('2026年东城区安康杯竞赛')];
    draft = (await county.post('/competitions', { name: '东城区节能减排竞赛', organiserOrgUnitId: 'county-a', startDate: '2026-03-01', endDate: '2026-11-30' })).body.id;
  });

  afterAll(() => city?.stop());

  it('enrols an enterprise and one of its teams, each with its audit entry and enrolment.created event', async () => {
    const seq = await lastEntryId(city);
    const management = await as('enterprise_management', 'ent-a1');
    const enterprise = await management.post(`/competitions/${open}/enrolments`, body('ent-a1', 80, { leaderName: '王强', contactPhone: '0572-6032390' }));
    expect(enterprise.status).toBe(201);
    expect(enterprise.body).toEqual({
      id: expect.any(String),
      competitionId: open,
      unitId: 'ent-a1',
      unitName: names['ent-a1'],
      unitKind: 'enterprise_union',
      unitPath: city.paths.get('ent-a1'),
      enterpriseUnitId: 'ent-a1',
      enterpriseName: names['ent-a1'],
      industry: '制造业',
      participants: 80,
      leaderName: '王强',
      contactName: '李明',
      contactPhone: '0572-6032390',
      status: 'enrolled',
      enrolledBy: 'u-enterprise_management-ent-a1',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    enrolmentIds['ent-a1'] = enterprise.body.id;

    const team = await (await as('team_leader', 'team-a1a')).post(`/competitions/${open}/enrolments`, body('team-a1a', 12, { contactName: '赵磊', contactPhone: '13900001111' }));
    expect(team.status).toBe(201);
    expect(team.body).toMatchObject({ unitId: 'team-a1a', unitKind: 'team', enterpriseUnitId: 'ent-a1', enterpriseName: names['ent-a1'], industry: '制造业', leaderName: null });
    enrolmentIds['team-a1a'] = team.body.id;

    const [row] = await city.sql(`SELECT * FROM registration.enrolments WHERE id = $1`, [team.body.id]);
    expect(row).toMatchObject({ competition_id: open, unit_id: 'team-a1a', enterprise_unit_id: 'ent-a1', participants: 12, status: 'enrolled', enrolled_by: 'u-team_leader-team-a1a' });

    expect(await entriesAfter(city, seq)).toEqual([
      expect.objectContaining({
        action: 'enrolment.created',
        entity_type: 'enrolment',
        entity_id: enterprise.body.id,
        actor_id: 'u-enterprise_management-ent-a1',
        org_unit_id: 'ent-a1',
        org_path: city.paths.get('ent-a1'),
        after: expect.objectContaining({ unitId: 'ent-a1', enterpriseUnitId: 'ent-a1', participants: 80, status: 'enrolled' }),
      }),
      expect.objectContaining({ action: 'enrolment.created', entity_id: team.body.id, actor_id: 'u-team_leader-team-a1a', org_path: city.paths.get('team-a1a') }),
    ]);

    const events = await city.sql(
      `SELECT event_type, topic, message_key, envelope FROM registration.outbox WHERE envelope->>'aggregateId' = ANY($1) ORDER BY seq`,
      [[enterprise.body.id, team.body.id]],
    );
    expect(events.map((e: Json) => [e.event_type, e.message_key, e.envelope.version, e.envelope.orgUnitId])).toEqual([
      ['enrolment.created', enterprise.body.id, 1, 'ent-a1'],
      ['enrolment.created', team.body.id, 1, 'team-a1a'],
    ]);
    expect(events[0].topic).toMatch(/registration\.enrolments$/);
    expect(events[1].envelope.payload).toEqual({
      enrolmentId: team.body.id,
      competitionId: open,
      unitId: 'team-a1a',
      enterpriseUnitId: 'ent-a1',
      unitKind: 'team',
      participants: 12,
      orgPath: city.paths.get('team-a1a'),
    });
  });

  it('refuses a second enrolment of a unit with 409 and writes nothing, also when two arrive at once', async () => {
    const before = await writes();
    const again = await (await as('township_union_cadre', 'town-a1')).post(`/competitions/${open}/enrolments`, body('ent-a1', 50));
    expect([again.status, again.body.message]).toEqual([409, 'unitId: ent-a1 is already enrolled in this competition']);
    expect(await writes()).toEqual(before);

    // Two at once, both past the check: the table is held (reads go on, inserts wait) until both wait
    // to insert. The unique index lets one in, and the other is answered as if the check had seen it.
    const cadre = await as('enterprise_union_cadre', 'ent-a2');
    await city.sql('BEGIN');
    let both: { status: number; body: Json }[];
    try {
      await city.sql('LOCK TABLE registration.enrolments IN SHARE MODE');
      const requests = [1, 2].map(() => cadre.post(`/competitions/${open}/enrolments`, body('ent-a2', 60, { leaderName: '陈静', contactPhone: '13700002222' })));
      await waitFor('both enrolments to wait for the table', async () => {
        const [{ n }] = await city.sql(
          `SELECT count(*)::int AS n FROM pg_locks l
            WHERE l.relation = 'registration.enrolments'::regclass AND l.mode = 'RowExclusiveLock' AND NOT l.granted`,
        );
        return n === 2 || undefined;
      });
      await city.sql('COMMIT');
      both = await Promise.all(requests);
    } catch (err) {
      await city.sql('ROLLBACK');
      throw err;
    }
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.message).toBe('unitId: ent-a2 is already enrolled in this competition');
    enrolmentIds['ent-a2'] = both.find((r) => r.status === 201)!.body.id;
    expect(await writes()).toEqual({ enrolments: before.enrolments + 1, events: before.events + 1, entries: before.entries + 1 });
  });

  it("refuses a unit outside the competition's participant scope with 400 and the reason", async () => {
    const town = await as('township_union_cadre', 'town-a2');
    const cases: [string, Json, string, string][] = [
      [
        'industries',
        { industries: ['建筑业'] },
        'ent-a3',
        `unitId: ent-a3 (${names['ent-a3']}) may not enter competition ${scoped}: the competition is open to the industries 建筑业 only; the enterprise is in 交通运输业`,
      ],
      ['ownership', { ownership: 'public' }, 'ent-a3', `unitId: ent-a3 (${names['ent-a3']}) may not enter competition ${scoped}: the competition is open to public (公有制) enterprises only`],
      ['above scale', { aboveScaleOnly: true }, 'ent-a3', `unitId: ent-a3 (${names['ent-a3']}) may not enter competition ${scoped}: the competition is open to above-scale enterprises (规模以上) only`],
      ['subtree', { subtreeOf: 'town-a1' }, 'ent-a3', `unitId: ent-a3 (${names['ent-a3']}) may not enter competition ${scoped}: the unit is outside the competition's participant scope (units under town-a1)`],
    ];
    const before = await writes();
    for (const [what, scope, unitId, message] of cases) {
      await setScope(scoped, scope);
      const res = await town.post(`/competitions/${scoped}/enrolments`, body(unitId, 20));
      expect([what, res.status, res.body.message]).toEqual([what, 400, message]);
    }
    await setScope(scoped, { unitKinds: ['enterprise_union'] });
    const team = await (await as('team_leader', 'team-a1b')).post(`/competitions/${scoped}/enrolments`, body('team-a1b', 8));
    expect([team.status, team.body.message]).toEqual([400, `unitId: team-a1b (${names['team-a1b']}) may not enter competition ${scoped}: this competition takes enterprises only`]);
    // A unit that is neither an enterprise nor a team.
    const union = await town.post(`/competitions/${scoped}/enrolments`, body('town-a2', 20));
    expect([union.status, union.body.message]).toEqual([400, `unitId: town-a2 (${names['town-a2']}) may not enter competition ${scoped}: only an enterprise (its union) or a team enters a competition`]);
    // Another branch: county-b's enterprise in county-a's competition, by the city, which oversees the
    // competition and may act for the enterprise (county B's own cadres are refused the competition: 403 below).
    await setScope(scoped, {});
    const other = await (await as('city_union_cadre', 'city')).post(`/competitions/${scoped}/enrolments`, body('ent-b1', 20));
    expect([other.status, other.body.message]).toEqual([400, `unitId: ent-b1 (单位 ent-b1) may not enter competition ${scoped}: the unit is outside the competition's participant scope (units under county-a)`]);
    expect(await writes()).toEqual(before);

    // Within every restriction at once, the enterprise enters.
    await setScope(scoped, { subtreeOf: 'town-a1', industries: ['制造业'], ownership: 'public', aboveScaleOnly: true, unitKinds: ['enterprise_union'] });
    const fits = await (await as('enterprise_management', 'ent-a2')).post(`/competitions/${scoped}/enrolments`, body('ent-a2', 30));
    expect([fits.status, fits.body.enterpriseUnitId]).toEqual([201, 'ent-a2']);
  });

  it("refuses more participants than the enterprise's headcount with 400 naming the field", async () => {
    const before = await writes();
    const enterprise = await (await as('township_union_cadre', 'town-a2')).post(`/competitions/${open}/enrolments`, body('ent-a3', 105));
    expect([enterprise.status, enterprise.body.message]).toEqual([400, `participants: 105 is more than the 104 workers (职工人数) of ent-a3 (${names['ent-a3']})`]);
    const team = await (await as('team_leader', 'team-a1b')).post(`/competitions/${open}/enrolments`, body('team-a1b', 103));
    expect([team.status, team.body.message]).toEqual([400, `participants: 103 is more than the 102 workers (职工人数) of ent-a1 (${names['ent-a1']})`]);
    const invalid = await (await as('team_leader', 'team-a1b')).post(`/competitions/${open}/enrolments`, { unitId: 'team-a1b', participants: 0, contactPhone: '1' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toEqual(
      expect.arrayContaining([
        'participants must be at least 1',
        'contactName is required: whom the union calls about the enrolment',
        expect.stringMatching(/^contactPhone must be a phone number or WeChat id/),
      ]),
    );
    expect(await writes()).toEqual(before);

    // At the headcount exactly, it enters.
    const full = await (await as('township_union_cadre', 'town-a2')).post(`/competitions/${open}/enrolments`, body('ent-a3', 104, { leaderName: '周涛', contactPhone: '13600003333' }));
    expect(full.status).toBe(201);
    enrolmentIds['ent-a3'] = full.body.id;
    const ind = await (await as('industry_union_cadre', 'ind-a')).post(`/competitions/${open}/enrolments`, body('ent-ia1', 45, { leaderName: '孙伟', contactName: '孙伟', contactPhone: 'sunwei_wx' }));
    expect(ind.status).toBe(201);
    enrolmentIds['ent-ia1'] = ind.body.id;
  });

  it("refuses a caller outside the competition's line or the unit's subtree with 403, and roles that do not enrol", async () => {
    const before = await writes();
    // Another county's cadre is refused the competition itself, before its status or participant scope is
    // looked at, whichever unit it names (its own included).
    const otherLine = /^competition .* is organised by county-a, which is neither above nor under your unit town-b1/;
    const cases: [Role, string, string, RegExp][] = [
      ['township_union_cadre', 'town-b1', 'team-a1b', otherLine],
      ['township_union_cadre', 'town-b1', 'ent-b1', otherLine],
      ['township_union_cadre', 'town-a2', 'team-a1b', /^your unit town-a2 is not above or equal to the target unit team-a1b/],
      ['team_leader', 'team-a1a', 'ent-a1', /^the target unit ent-a1 is above your unit team-a1a/],
      ['enterprise_management', 'ent-a2', 'team-a1b', /^your unit ent-a2 is not above or equal to the target unit team-a1b/],
      ['worker', 'team-a1b', 'team-a1b', /^this action needs one of the roles city_union_cadre, .*team_leader; you have worker$/],
      ['judge', 'county-a', 'team-a1b', /^this action needs one of the roles/],
    ];
    for (const [role, unitId, target, message] of cases) {
      const res = await (await as(role, unitId)).post(`/competitions/${open}/enrolments`, body(target, 5));
      expect([role, unitId, res.status, res.body.message]).toEqual([role, unitId, 403, expect.stringMatching(message)]);
    }
    expect(await writes()).toEqual(before);
    const denials = await city.sql(`SELECT count(*)::int AS n FROM registration.audit_log WHERE action = 'access.denied' AND entity_id LIKE $1`, [`POST /competitions/${open}/enrolments%`]);
    expect(denials[0].n).toBe(cases.length);
  });

  it('takes enrolments only while a competition is open or running: 409 with its status otherwise', async () => {
    const cadre = await as('township_union_cadre', 'town-a1');
    const before = await writes();
    const notOpen = await cadre.post(`/competitions/${draft}/enrolments`, body('ent-a1', 10));
    expect([notOpen.status, notOpen.body.message]).toEqual([
      409,
      `competition ${draft} is draft: a unit enrols only while a competition is open or running, and it has not been opened for enrolment yet`,
    ]);
    expect((await cadre.post(`/competitions/${randomUUID()}/enrolments`, body('ent-a1', 10))).status).toBe(404);
    expect((await cadre.post(`/competitions/not-a-uuid/enrolments`, body('ent-a1', 10))).body.message).toBe('id must be a UUID');
    expect((await cadre.post(`/competitions/${open}/enrolments`, body('nobody', 10))).body).toMatchObject({ statusCode: 400, message: "unitId: there is no org unit 'nobody'" });

    // Running still takes them; assessing and closed do not.
    await setScope(scoped, {});
    await lifecycle(scoped, 'start');
    const running = await cadre.post(`/competitions/${scoped}/enrolments`, body('team-a1b', 9));
    expect(running.status).toBe(201);
    await lifecycle(scoped, 'assess');
    const assessing = await cadre.post(`/competitions/${scoped}/enrolments`, body('ent-a1', 10));
    expect([assessing.status, assessing.body.message]).toEqual([
      409,
      `competition ${scoped} is assessing: a unit enrols only while a competition is open or running, and its enrolment is over`,
    ]);
    await lifecycle(scoped, 'close');
    const closed = await cadre.post(`/competitions/${scoped}/enrolments`, body('ent-a1', 10));
    expect([closed.status, closed.body.message]).toEqual([409, `competition ${scoped} is closed: a unit enrols only while a competition is open or running, and its enrolment is over`]);
    const withdrawClosed = await cadre.post(`/competitions/${scoped}/enrolments/${running.body.id}/withdraw`, { reason: '太晚了' });
    expect([withdrawClosed.status, withdrawClosed.body.message]).toEqual([
      409,
      `competition ${scoped} is closed: a unit withdraws only while a competition is open or running, and its enrolment is over`,
    ]);
    expect(await writes()).toEqual({ enrolments: before.enrolments + 1, events: before.events + 1, entries: before.entries + 1 });
  });

  it('withdraws an enrolment with its reason, audited with an enrolment.withdrawn event, once', async () => {
    const leader = await as('team_leader', 'team-a1b');
    const enrolled = await leader.post(`/competitions/${open}/enrolments`, body('team-a1b', 10, { leaderName: '钱芳' }));
    expect(enrolled.status).toBe(201);
    const id: string = enrolled.body.id;
    enrolmentIds['team-a1b'] = id;

    expect((await (await as('township_union_cadre', 'town-b1')).post(`/competitions/${open}/enrolments/${id}/withdraw`, { reason: '撤回' })).status).toBe(403);
    expect((await leader.post(`/competitions/${open}/enrolments/${id}/withdraw`, { reason: '' })).body.message).toEqual(['reason is required: say why the unit withdraws']);
    const elsewhere = await leader.post(`/competitions/${scoped}/enrolments/${id}/withdraw`, { reason: '班组撤并' });
    expect([elsewhere.status, elsewhere.body.message]).toEqual([404, `enrolmentId: competition ${scoped} has no enrolment ${id}`]);

    const seq = await lastEntryId(city);
    const withdrawn = await leader.post(`/competitions/${open}/enrolments/${id}/withdraw`, { reason: '班组撤并' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id, unitId: 'team-a1b', status: 'withdrawn', participants: 10 });
    expect(await entriesAfter(city, seq)).toEqual([
      expect.objectContaining({
        action: 'enrolment.withdrawn',
        entity_id: id,
        actor_id: 'u-team_leader-team-a1b',
        org_path: city.paths.get('team-a1b'),
        before: expect.objectContaining({ status: 'enrolled' }),
        after: expect.objectContaining({ status: 'withdrawn' }),
        reason: '班组撤并',
      }),
    ]);
    const events = await city.sql(`SELECT event_type, envelope FROM registration.outbox WHERE message_key = $1 ORDER BY seq`, [id]);
    expect(events.map((e: Json) => e.event_type)).toEqual(['enrolment.created', 'enrolment.withdrawn']);
    expect(events[1].envelope.payload).toEqual({
      enrolmentId: id,
      competitionId: open,
      unitId: 'team-a1b',
      enterpriseUnitId: 'ent-a1',
      unitKind: 'team',
      orgPath: city.paths.get('team-a1b'),
      reason: '班组撤并',
    });

    const before = await writes();
    const twice = await leader.post(`/competitions/${open}/enrolments/${id}/withdraw`, { reason: '班组撤并' });
    expect([twice.status, twice.body.message]).toEqual([409, `enrolment ${id} of team-a1b is already withdrawn`]);
    const again = await leader.post(`/competitions/${open}/enrolments`, body('team-a1b', 10));
    expect([again.status, again.body.message]).toEqual([409, `unitId: team-a1b withdrew its enrolment ${id} from this competition; a unit enrols once per competition`]);
    expect(await writes()).toEqual(before);
  });

  it('lists the enrolments under the caller, in tree order, with unit, enterprise and industry', async () => {
    const list = await county.get(`/competitions/${open}/enrolments`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(5);
    expect(list.body.items.map((i: Json) => [i.unitId, i.unitName, i.enterpriseName, i.industry, i.participants])).toEqual([
      ['ent-ia1', '东城建工集团工会', '东城建工集团工会', '建筑业', 45],
      ['ent-a1', names['ent-a1'], names['ent-a1'], '制造业', 80],
      ['team-a1a', names['team-a1a'], names['ent-a1'], '制造业', 12],
      ['ent-a2', names['ent-a2'], names['ent-a2'], '制造业', 60],
      ['ent-a3', names['ent-a3'], names['ent-a3'], '交通运输业', 104],
    ]);

    const ids = async (client: ReturnType<typeof apiClient>, query = '') => {
      const res = await client.get(`/competitions/${open}/enrolments${query}`);
      expect(res.status).toBe(200);
      return [res.body.total, res.body.items.map((i: Json) => i.unitId)];
    };
    expect(await ids(await as('enterprise_management', 'ent-a1'))).toEqual([2, ['ent-a1', 'team-a1a']]);
    expect(await ids(await as('township_union_cadre', 'town-a2'))).toEqual([1, ['ent-a3']]);
    expect(await ids(county, '?unitId=town-a1')).toEqual([3, ['ent-a1', 'team-a1a', 'ent-a2']]);
    expect(await ids(county, '?status=withdrawn')).toEqual([1, ['team-a1b']]);
    expect(await ids(county, '?status=all&limit=2&offset=1')).toEqual([6, ['ent-a1', 'team-a1a']]);
    expect(await ids(root, '?unitId=team-a1a')).toEqual([1, ['team-a1a']]);

    const otherBranch = await (await as('township_union_cadre', 'town-b1')).get(`/competitions/${open}/enrolments`);
    expect([otherBranch.status, otherBranch.body.message]).toEqual([403, expect.stringMatching(/^competition .* is organised by county-a, which is neither above nor under your unit town-b1/)]);
    const above = await (await as('enterprise_management', 'ent-a1')).get(`/competitions/${open}/enrolments?unitId=town-a1`);
    expect([above.status, above.body.message]).toEqual([403, expect.stringMatching(/^the target unit town-a1 is above your unit ent-a1/)]);
    expect((await (await as('worker', 'team-a1a')).get(`/competitions/${open}/enrolments`)).status).toBe(403);
  });

  /** Attachment 2 for county-a: by union (ind-a, town-a1, town-a2 in tree order), withdrawn team-a1b left out. */
  const countyRows = [
    { group: 'ind-a', no: 1, unitId: 'ent-ia1', name: '东城建工集团工会', industry: '建筑业', participants: 45, leader: '孙伟', phone: 'sunwei_wx' },
    { group: 'town-a1', no: 2, unitId: 'ent-a1', name: names['ent-a1'], industry: '制造业', participants: 80, leader: '王强', phone: '0572-6032390' },
    { group: 'town-a1', no: 3, unitId: 'team-a1a', name: `${names['ent-a1']}（${names['team-a1a']}）`, industry: '制造业', participants: 12, leader: '赵磊', phone: '13900001111' },
    { group: 'town-a1', no: 4, unitId: 'ent-a2', name: names['ent-a2'], industry: '制造业', participants: 60, leader: '陈静', phone: '13700002222' },
    { group: 'town-a2', no: 5, unitId: 'ent-a3', name: names['ent-a3'], industry: '交通运输业', participants: 104, leader: '周涛', phone: '13600003333' },
  ];
  const groupNames: Record<string, string> = { 'ind-a': '东城区建筑业工会', 'town-a1': names['town-a1'], 'town-a2': names['town-a2'] };
  const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

  it('makes the 参赛企业汇总表 from the enrolments, grouped by township or industry union, totals matching the rows', async () => {
    const res = await county.get(`/competitions/${open}/enrolment-summary`);
    expect(res.status).toBe(200);
    const summary = res.body;
    expect(summary).toMatchObject({
      title: '2026年东城区“工人先锋号”创建活动 参赛企业汇总表',
      competition: { id: open, name: '2026年东城区“工人先锋号”创建活动' },
      unit: { id: 'county-a', name: names['county-a'], kind: 'county_federation' },
      date: today(),
      columns: ['序号', '单位（班组）名称', '所属行业', '参赛人数', '负责人', '联系电话'],
    });
    expect(summary.groups.map((g: Json) => [g.unitId, g.unitName])).toEqual(Object.entries(groupNames));
    const rows = summary.groups.flatMap((g: Json) => g.rows.map((r: Json) => ({ group: g.unitId, no: r.no, unitId: r.unitId, name: r.name, industry: r.industry, participants: r.participants, leader: r.leader, phone: r.phone })));
    expect(rows).toEqual(countyRows);

    // Totals against the rows: enterprises counted once (ent-a1 enters itself and through its team).
    const sum = (rs: Json[]) => rs.reduce((n: number, r: Json) => n + r.participants, 0);
    expect(summary.totals).toEqual({ enterprises: 4, teams: 1, participants: sum(rows) });
    expect(sum(rows)).toBe(301);
    for (const group of summary.groups) {
      const mine = rows.filter((r: Json) => r.group === group.unitId);
      expect(group.totals).toEqual({
        enterprises: new Set(mine.map((r: Json) => (r.unitId === 'team-a1a' ? 'ent-a1' : r.unitId))).size,
        teams: mine.filter((r: Json) => r.unitId.startsWith('team-')).length,
        participants: sum(mine),
      });
    }

    // A township's own table, its unit by default.
    const town = await (await as('township_union_cadre', 'town-a1')).get(`/competitions/${open}/enrolment-summary`);
    expect(town.body.groups.map((g: Json) => g.unitId)).toEqual(['town-a1']);
    expect(town.body.totals).toEqual({ enterprises: 2, teams: 1, participants: 152 });

    const enterprise = await (await as('enterprise_management', 'ent-a1')).get(`/competitions/${open}/enrolment-summary`);
    expect([enterprise.status, enterprise.body.message]).toEqual([
      400,
      'unitId: the summary (参赛企业汇总表) is made by a union above the enterprises (a township or industry union, a county); ent-a1 is an enterprise union (企业工会): give the unitId of the union it is for',
    ]);
    expect((await (await as('township_union_cadre', 'town-b1')).get(`/competitions/${open}/enrolment-summary`)).status).toBe(403);
    expect((await (await as('township_union_cadre', 'town-a2')).get(`/competitions/${open}/enrolment-summary?unitId=town-a1`)).status).toBe(403);
    const empty = await county.get(`/competitions/${draft}/enrolment-summary?unitId=town-a2`);
    expect([empty.status, empty.body.groups, empty.body.totals]).toEqual([200, [], { enterprises: 0, teams: 0, participants: 0 }]);
  });

  it('downloads the 参赛企业汇总表 as XLSX (by Accept or ?format=xlsx), and it reads back cell by cell', async () => {
    const download = async (query: string, headers: Record<string, string>) => {
      const res = await fetch(`${city.registration.url}/competitions/${open}/enrolment-summary${query}`, {
        headers: { authorization: `Bearer ${await city.tokenAs('county_committee_office', 'county-a')}`, ...headers },
      });
      return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const byAccept = await download('', { accept: XLSX_MIME });
    const byQuery = await download('?format=xlsx&unitId=county-a', {});
    for (const res of [byAccept, byQuery]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX_MIME);
      expect(Number(res.headers.get('content-length'))).toBe(res.bytes.length);
      expect(res.bytes.subarray(0, 2).toString()).toBe('PK');
    }
    const fileName = `2026年东城区“工人先锋号”创建活动 参赛企业汇总表-${names['county-a']}-${today()}.xlsx`;
    const disposition = byAccept.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="enrolment-summary\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(fileName);
    // ?format=json wins over the Accept header.
    const json = await download('?format=json', { accept: XLSX_MIME });
    expect([json.headers.get('content-type'), JSON.parse(json.bytes.toString()).totals.participants]).toEqual([expect.stringMatching(/^application\/json/), 301]);

    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(byAccept.bytes).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['参赛企业汇总表']);
    const sheet = workbook.getWorksheet('参赛企业汇总表')!;
    const valuesOf = (row: number) => [1, 2, 3, 4, 5, 6].map((col) => sheet.getCell(row, col).value ?? '');
    const [y, m, d] = today().split('-').map(Number);

    const expected: Json[][] = [
      Array(6).fill('2026年东城区“工人先锋号”创建活动 参赛企业汇总表'),
      [...Array(4).fill(`填报单位：${names['county-a']}`), ...Array(2).fill(`日期：${y}年${m}月${d}日`)],
      ['序号', '单位（班组）名称', '所属行业', '参赛人数', '负责人', '联系电话'],
    ];
    for (const group of Object.keys(groupNames)) {
      expected.push(Array(6).fill(groupNames[group]));
      const mine = countyRows.filter((r) => r.group === group);
      for (const r of mine) expected.push([r.no, r.name, r.industry, r.participants, r.leader, r.phone]);
      const teams = mine.filter((r) => r.unitId.startsWith('team-')).length;
      const enterprises = new Set(mine.map((r) => (r.unitId === 'team-a1a' ? 'ent-a1' : r.unitId))).size;
      expected.push(['小计', `企业参赛数 ${enterprises} 家，班组 ${teams} 个`, '', mine.reduce((n, r) => n + r.participants, 0), '', '']);
    }
    expected.push(['合计', '企业参赛数 4 家，班组 1 个', '', 301, '', '']);

    expect(sheet.rowCount).toBe(expected.length);
    for (let row = 1; row <= expected.length; row++) {
      expect([row, ...valuesOf(row)]).toEqual([row, ...expected[row - 1]]);
    }
    // Merged title and unit line; the header and the totals in bold.
    expect(sheet.getCell('F1').isMerged).toBe(true);
    expect(sheet.getCell('D2').master.address).toBe('A2');
    expect(sheet.getCell('F2').master.address).toBe('E2');
    expect(sheet.getCell('A3').font?.bold).toBe(true);
    expect(sheet.getCell(expected.length, 1).font?.bold).toBe(true);

    // A township's table has one union: no subtotal, only the totals.
    const townRes = await download('?format=xlsx&unitId=town-a2', {});
    const townBook = new Workbook();
    await townBook.xlsx.load(new Uint8Array(townRes.bytes).buffer);
    const townSheet = townBook.getWorksheet('参赛企业汇总表')!;
    expect([4, 5, 6].map((row) => [1, 2, 3, 4, 5, 6].map((col) => townSheet.getCell(row, col).value ?? ''))).toEqual([
      Array(6).fill(names['town-a2']),
      [1, names['ent-a3'], '交通运输业', 104, '周涛', '13600003333'],
      ['合计', '企业参赛数 1 家，班组 0 个', '', 104, '', ''],
    ]);
    expect(townSheet.getCell('A2').value).toBe(`填报单位：${names['town-a2']}`);
  });
});
