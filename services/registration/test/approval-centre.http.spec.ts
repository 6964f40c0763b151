import { workingDayDeadline } from '@lc/calendar';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { keyPartitioner, physicalTopic } from '@lc/messaging';
import { apiClient, Json, startTestCity, TestCity, TestPerson, tokenFor, waitFor } from '@lc/testing';

/**
 * The approval centre (审批中心) in registration, fed by the approval.transitioned events of every
 * service: one cadre's work of registration and awards in one list, one delegation that awards
 * honours, notifications once per event and user, and 催办.
 */
describe('the approval centre', () => {
  let city: TestCity;
  let countyCadre: TestPerson;
  let deputy: TestPerson;
  let townCadre: TestPerson;
  let entCadre: TestPerson;
  let cityCadre: TestPerson;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, withHazardReward: true });
    const known = { knownIn: ['awards'] };
    [countyCadre, deputy, townCadre, entCadre, cityCadre] = await Promise.all([
      city.person('county_union_cadre', 'county-a', { ...known, name: '县总干部' }),
      city.person('township_union_cadre', 'town-a2', { ...known, name: '代理人' }),
      city.person('township_union_cadre', 'town-a1', { ...known, name: '街道干部' }),
      city.person('enterprise_union_cadre', 'ent-a1', known),
      city.person('city_union_cadre', 'city', { ...known, name: '市总干部甲' }),
    ]);
    for (const honour of ['pioneer-team', 'best-team']) expect((await awards(cityCadre).put(`/honour-quotas/${honour}/city/${year}`, { quota: 5 })).status).toBe(200);
  });

  afterAll(() => city?.stop());

  const registration = (p: { token: string }) => apiClient(city.registration.url, p.token);
  const awards = (p: { token: string }) => apiClient(city.awards?.url as string, p.token);
  const box = async (p: { token: string }, name: string, extra = '') => {
    const res = await registration(p).get(`/approval-centre/items?box=${name}${extra}`);
    expect(res.status).toBe(200);
    return res.body as { items: Json[]; total: number };
  };
  const inBox = (p: { token: string }, name: string, workflowId: string, check: (item: Json) => boolean = () => true) =>
    waitFor(`${workflowId} in ${name}`, async () => (await box(p, name)).items.find((i) => i.workflowId === workflowId && check(i)), { timeoutMs: 30_000 });
  const decide = (client: ReturnType<typeof apiClient>, workflowId: string, stepId: string, outcome = 'approve', extra: Json = {}) =>
    client.post(`/approvals/${workflowId}/decisions`, { decisionId: randomUUID(), stepId, outcome, opinion: outcome === 'approve' ? '同意' : '请补充材料', ...extra });

  async function filePlan(name: string): Promise<string> {
    const plan = await registration(townCadre).post('/competitions', { name, organiserOrgUnitId: 'town-a1', startDate: '2026-03-01', endDate: '2026-11-30' });
    expect(plan.status).toBe(201);
    const filing = await registration(townCadre).post(`/competitions/${plan.body.id}/filing`);
    expect(filing.status).toBe(201);
    return filing.body.workflowId;
  }

  /** A nomination in awards, brought up its chain until it waits at the county. */
  async function nominationAtCounty(team: string, honourCode = 'pioneer-team'): Promise<string> {
    const created = await awards(cityCadre).post('/nominations', { honourCode, conferringUnitId: 'city', year, nomineeId: team, material: '事迹材料' });
    expect(created.status).toBe(201);
    const submitted = await awards(cityCadre).post(`/nominations/${created.body.id}/submission`);
    expect(submitted.status).toBe(200);
    const workflowId: string = submitted.body.approvalWorkflowId;
    for (const [person, stepId] of [
      [entCadre, 'ent-a1'],
      [townCadre, 'town-a1'],
    ] as const) {
      await waitFor(`${workflowId} at ${stepId}`, async () => {
        const res = await awards(person).get(`/approvals/${workflowId}`);
        return res.status === 200 && res.body.state.transitions.at(-1).currentStepId === stepId ? true : undefined;
      });
      expect((await decide(awards(person), workflowId, stepId)).status).toBe(200);
    }
    return workflowId;
  }

  let plan: string;
  let nomination: string;

  it("holds one cadre's items of registration and awards in one todo, oldest first, with their deadline and submitter", async () => {
    plan = await filePlan('兴华街道2026年职工技能竞赛');
    nomination = await nominationAtCounty('team-a1a');
    await inBox(countyCadre, 'todo', nomination);
    await inBox(countyCadre, 'todo', plan);
    const todo = await box(countyCadre, 'todo');
    expect(todo.items.map((i) => i.workflowId)).toEqual([plan, nomination]);
    expect(todo.total).toBe(2);
    expect(todo.items[0]).toMatchObject({
      service: 'registration',
      itemKind: 'plan-filing',
      status: 'pending',
      currentStepId: 'county-a',
      stepTitle: '县劳动竞赛委员会办公室意见',
      waitingAs: 'approver',
      overdue: false,
      onBehalfOf: null,
      submitter: { userId: townCadre.id, displayName: '街道干部' },
    });
    expect(todo.items[1]).toMatchObject({ service: 'awards', itemKind: 'nomination', currentStepId: 'county-a', submitter: { userId: cityCadre.id, displayName: '市总干部甲' } });
    // By default to the end of the fifth working day (工作日) after the wait began, by the official calendar.
    expect(todo.items[1].dueAt).toBe(workingDayDeadline(Date.parse(todo.items[1].waitingSince), 5).endsAt.toISOString());
    expect((await box(countyCadre, 'todo', '&kind=nomination')).items.map((i) => i.workflowId)).toEqual([nomination]);
    expect((await box(countyCadre, 'todo', `&q=${encodeURIComponent('兴华街道')}`)).items.map((i) => i.workflowId)).toEqual([plan]);
    expect((await box(countyCadre, 'todo', '&overdueOnly=true')).total).toBe(0);
    // Sorted as asked: newest first, or by the step's deadline; a sort the list does not know is refused.
    expect((await box(countyCadre, 'todo', '&sort=-at')).items.map((i) => i.workflowId)).toEqual([nomination, plan]);
    const byDeadline = (await box(countyCadre, 'todo', '&sort=dueAt')).items;
    expect(byDeadline.map((i) => Date.parse(i.dueAt))).toEqual(byDeadline.map((i) => Date.parse(i.dueAt)).sort((a, b) => a - b));
    const badSort = await registration(countyCadre).get('/approval-centre/items?sort=title');
    expect([badSort.status, badSort.body.field]).toEqual([400, 'sort']);
    // Each sees their own boxes only: the township's cadre has nothing to decide here.
    expect((await box(townCadre, 'todo')).total).toBe(0);
    expect((await box(townCadre, 'mine')).items.map((i) => i.workflowId)).toEqual([plan]);

    const notes = await waitFor('the notifications', async () => {
      const res = (await registration(countyCadre).get('/notifications')).body;
      return res.total >= 2 ? res : undefined;
    });
    expect(notes.unread).toBe(2);
    expect(notes.items.map((n: Json) => [n.kind, n.service, n.text])).toEqual(
      expect.arrayContaining([
        ['to-decide', 'registration', '「兴华街道2026年职工技能竞赛」待您审批（县劳动竞赛委员会办公室意见）'],
        ['to-decide', 'awards', expect.stringMatching(/^「工人先锋号 推荐：.+」待您审批（/)],
      ]),
    );
  });

  it('answers how one item stands for the caller, and its chain as the form prints it, with the names of who took part', async () => {
    const forApprover = await registration(countyCadre).get(`/approval-centre/items/${plan}`);
    expect(forApprover.status).toBe(200);
    expect(forApprover.body).toMatchObject({ workflowId: plan, service: 'registration', waitingAs: 'approver', onBehalfOf: null, submitter: { displayName: '街道干部' } });
    expect((await registration(townCadre).get(`/approval-centre/items/${plan}`)).body).toMatchObject({ workflowId: plan, waitingAs: null });
    const stranger = await registration(entCadre).get(`/approval-centre/items/${plan}`);
    expect(stranger.status).toBe(404);
    expect(stranger.body).toMatchObject({ code: 'not-your-approval-item', messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) });

    // Registration names people from its users; awards from its copy of them (the read model).
    const chain = await registration(countyCadre).get(`/approvals/${plan}`);
    expect(chain.status).toBe(200);
    expect(chain.body.input).toMatchObject({ itemKind: 'plan-filing', title: '兴华街道2026年职工技能竞赛', submitter: { userId: townCadre.id, orgUnitId: 'town-a1' } });
    expect(chain.body.steps.map((s: Json) => [s.stepId, s.unitId])).toEqual([['county-a', 'county-a'], ['city', 'city']]);
    expect(chain.body.steps[1].title).toBe('市总工会意见');
    expect(Date.parse(chain.body.steps[0].dueAt)).toBeGreaterThan(Date.now());
    expect(chain.body.steps[1].dueAt).toBeNull();
    expect(chain.body.people[townCadre.id]).toEqual({ displayName: '街道干部', orgUnitId: 'town-a1' });
    const nominationChain = await awards(countyCadre).get(`/approvals/${nomination}`);
    expect(nominationChain.body.people[cityCadre.id]).toEqual({ displayName: '市总干部甲', orgUnitId: 'city' });
  });

  it('moves a decided item to done for the decider and shows its new status in the submitter’s mine', async () => {
    expect((await decide(registration(countyCadre), plan, 'county-a')).status).toBe(200);
    const done = await inBox(countyCadre, 'done', plan);
    expect(done).toMatchObject({ status: 'pending', currentStepId: 'city', waitingAs: null });
    await inBox(townCadre, 'mine', plan, (i) => i.currentStepId === 'city' && i.stepTitle === '市总工会意见');
    expect((await box(countyCadre, 'todo')).items.map((i) => i.workflowId)).toEqual([nomination]);
    // Approved at the city: the submitter's mine says so, and the submitter is told.
    expect((await decide(apiClient(city.registration.url, city.rootToken), plan, 'city')).body).toMatchObject({ status: 'approved' });
    expect(await inBox(townCadre, 'mine', plan, (i) => i.status === 'approved')).toMatchObject({ currentStepId: null, dueAt: null, overdue: false });
    const outcome = await waitFor('the outcome notice', async () => (await registration(townCadre).get('/notifications')).body.items.find((n: Json) => n.kind === 'outcome'));
    expect(outcome).toMatchObject({ workflowId: plan, text: '「兴华街道2026年职工技能竞赛」已审批通过' });

    // Returned by the county in awards: it waits for its submitter, in their todo, as submitter.
    expect((await decide(awards(countyCadre), nomination, 'county-a', 'return')).status).toBe(200);
    const returned = await inBox(cityCadre, 'todo', nomination);
    expect(returned).toMatchObject({ service: 'awards', status: 'returned', waitingAs: 'submitter', dueAt: null, overdue: false });
    await inBox(countyCadre, 'done', nomination);
    expect((await box(countyCadre, 'todo')).total).toBe(0);
    const notes = await waitFor('the return notice', async () => (await registration(cityCadre).get('/notifications')).body.items.find((n: Json) => n.kind === 'returned'));
    expect(notes).toMatchObject({ workflowId: nomination, service: 'awards', readAt: null });
    expect(notes.text).toMatch(/已退回修改/);
  });

  it('lets a deputy see the approver’s items and decide one in awards after one grant in registration, and refuses it after revoke', async () => {
    const first = await nominationAtCounty('team-a1b');
    await inBox(countyCadre, 'todo', first);
    const now = Date.now();
    const bad = await registration(countyCadre).post('/delegations', { deputyUserId: countyCadre.id, validFrom: new Date(now).toISOString(), validUntil: new Date(now - 1).toISOString(), reason: ' ' });
    expect(bad.status).toBe(400);
    expect((await registration(countyCadre).post('/delegations', { deputyUserId: countyCadre.id, validFrom: new Date(now - 60_000).toISOString(), validUntil: new Date(now + 3_600_000).toISOString(), reason: '外出学习' })).body.message).toBe('deputyUserId: you cannot delegate to yourself');
    const unknown = await registration(countyCadre).post('/delegations', { deputyUserId: randomUUID(), validFrom: new Date(now - 60_000).toISOString(), validUntil: new Date(now + 3_600_000).toISOString(), reason: '外出学习' });
    expect([unknown.status, unknown.body.message]).toEqual([400, expect.stringMatching(/^deputyUserId: there is no active user/)]);

    const granted = await registration(countyCadre).post('/delegations', {
      deputyUserId: deputy.id,
      validFrom: new Date(now - 60_000).toISOString(),
      validUntil: new Date(now + 3_600_000).toISOString(),
      reason: '外出学习',
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ approverUserId: countyCadre.id, deputyUserId: deputy.id, inForce: true, revokedAt: null });
    const delegationId = granted.body.id;
    expect((await registration(deputy).get('/delegations')).body.received.map((d: Json) => d.id)).toEqual([delegationId]);

    // The deputy's todo holds the approver's item, on their behalf.
    expect((await box(deputy, 'todo')).items).toEqual([expect.objectContaining({ workflowId: first, onBehalfOf: countyCadre.id, waitingAs: 'approver' })]);
    expect((await registration(deputy).get('/approval-centre/counts')).body.todo).toBe(1);

    // Applied in awards (and in hazard-reward) from the event: the deputy decides there for the approver.
    for (const schema of ['awards', 'hazard_reward']) {
      await waitFor(`${schema} to hold the delegation`, async () => (await city.sql(`SELECT 1 FROM ${schema}.approval_delegations WHERE id = $1`, [delegationId])).length > 0, {
        timeoutMs: 30_000,
      });
    }
    const onBehalf = await decide(awards(deputy), first, 'county-a', 'approve', { onBehalfOf: countyCadre.id });
    expect([onBehalf.status, onBehalf.body.currentStepId]).toEqual([200, 'city']);
    const doneByDeputy = await inBox(deputy, 'done', first);
    expect(doneByDeputy.onBehalfOf).toBe(countyCadre.id);

    // Revoked: gone from the deputy's todo at once, and refused in awards once it hears of it.
    const second = await nominationAtCounty('team-a1a', 'best-team');
    await inBox(deputy, 'todo', second, (i) => i.onBehalfOf === countyCadre.id);
    const revoked = await registration(countyCadre).post(`/delegations/${delegationId}/revoke`);
    expect([revoked.status, revoked.body.inForce, typeof revoked.body.revokedAt]).toEqual([200, false, 'string']);
    expect((await registration(countyCadre).post(`/delegations/${delegationId}/revoke`)).status).toBe(409);
    expect((await registration(deputy).post(`/delegations/${delegationId}/revoke`)).status).toBe(404);
    expect((await box(deputy, 'todo')).total).toBe(0);
    await waitFor('awards to hear of the revocation', async () => {
      const [row] = await city.sql(`SELECT revoked_at FROM awards.approval_delegations WHERE id = $1`, [delegationId]);
      return row?.revoked_at ? true : undefined;
    });
    const refused = await decide(awards(deputy), second, 'county-a', 'approve', { onBehalfOf: countyCadre.id });
    expect([refused.status, refused.body.message]).toEqual([403, `onBehalfOf: ${countyCadre.id} has not delegated their decisions to you for now`]);
    const audit = await city.sql(`SELECT action FROM registration.audit_log WHERE entity_id = $1 ORDER BY id`, [delegationId]);
    expect(audit.map((a: Json) => a.action)).toEqual(['approval-delegation.granted', 'approval-delegation.revoked']);
    pending = second;
  });

  let pending: string;

  it('applies an event published again once: no second notification, no second row', async () => {
    const [row] = await city.sql(
      `SELECT envelope FROM awards.outbox WHERE event_type = 'approval.transitioned' AND message_key = $1 AND envelope->'payload'->>'kind' = 'step-approved' ORDER BY seq DESC LIMIT 1`,
      [pending],
    );
    const kafka = new Kafka({ clientId: 'approval-centre-test', brokers: (process.env.KAFKA_BROKERS as string).split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ createPartitioner: keyPartitioner });
    await producer.connect();
    // The same transition under a new event id, as a producer that published it twice would send it.
    const again = { ...row.envelope, eventId: randomUUID() };
    await producer.send({
      topic: physicalTopic('approvals', city.topicPrefix),
      messages: [{ key: pending, value: JSON.stringify(again), headers: { 'event-type': again.type, 'event-version': String(again.version) } }],
    });
    await producer.disconnect();
    // A later transition of the same workflow (one key, one partition) is applied after it.
    expect((await decide(awards(countyCadre), pending, 'county-a')).status).toBe(200);
    await inBox(countyCadre, 'done', pending);
    const notes = await city.sql(`SELECT user_id, kind FROM registration.notifications WHERE workflow_id = $1 AND user_id = $2`, [pending, countyCadre.id]);
    expect(notes).toEqual([{ user_id: countyCadre.id, kind: 'to-decide' }]);
    expect(await city.sql(`SELECT count(*)::int AS n FROM registration.approval_centre_items WHERE workflow_id = $1`, [pending])).toEqual([{ n: 1 }]);
    const [item] = await city.sql(`SELECT last_seq, current_step_id FROM registration.approval_centre_items WHERE workflow_id = $1`, [pending]);
    expect(item).toEqual({ last_seq: 4, current_step_id: 'city' });
  });

  it('sends a 催办 to whom a pending item waits for, once a day per step', async () => {
    const other = await registration(entCadre).post(`/approval-centre/items/${pending}/reminders`);
    expect(other.status).toBe(404);
    const sent = await registration(cityCadre).post(`/approval-centre/items/${pending}/reminders`);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ workflowId: pending, stepId: 'city' });
    expect(sent.body.remindedUserIds.length).toBeGreaterThan(0);
    const twice = await registration(cityCadre).post(`/approval-centre/items/${pending}/reminders`);
    expect([twice.status, twice.body.message]).toEqual([409, `workflowId: step city of this item was already reminded in the last 24 hours; remind it again later`]);
    const reminded = await city.sql(`SELECT user_id, text FROM registration.notifications WHERE workflow_id = $1 AND kind = 'reminder'`, [pending]);
    expect(reminded.map((r: Json) => r.user_id).sort()).toEqual([...sent.body.remindedUserIds].sort());
    expect(reminded[0].text).toMatch(/^「最美班组 推荐：.+」催办：请尽快审批（/);
    // Sent out (SMS, WeChat: the logging channel) once committed: to-decide and reminders, never a return or an outcome.
    const sentOut = await waitFor('the reminders sent out', async () => {
      const rows = await city.sql(`SELECT DISTINCT kind, sent_out_at IS NOT NULL AS sent FROM registration.notifications ORDER BY kind`);
      return rows.some((r: Json) => r.kind === 'reminder' && r.sent) ? rows : undefined;
    });
    expect(sentOut).toEqual([
      { kind: 'outcome', sent: false },
      { kind: 'reminder', sent: true },
      { kind: 'returned', sent: false },
      { kind: 'to-decide', sent: true },
    ]);
    const audit = await city.sql(`SELECT action, actor_id FROM registration.audit_log WHERE action = 'approval.reminder-sent'`);
    expect(audit).toEqual([{ action: 'approval.reminder-sent', actor_id: cityCadre.id }]);
    // A union cadre above the submitter's unit reminds too (the city, of a township's filing); a cadre beside it does not.
    const third = await filePlan('兴华街道安康杯竞赛');
    await inBox(countyCadre, 'todo', third);
    expect((await registration(deputy).post(`/approval-centre/items/${third}/reminders`)).status).toBe(404);
    const fromAbove = await apiClient(city.registration.url, city.rootToken).post(`/approval-centre/items/${third}/reminders`);
    expect([fromAbove.status, fromAbove.body.remindedUserIds]).toEqual([201, [countyCadre.id]]);
    const decided = await registration(townCadre).post(`/approval-centre/items/${plan}/reminders`);
    expect([decided.status, decided.body.message]).toEqual([409, 'workflowId: the item is approved; only an item waiting for a decision is reminded']);
    // An item back with its submitter waits for no decision.
    const returned = await registration(cityCadre).post(`/approval-centre/items/${nomination}/reminders`);
    expect([returned.status, returned.body.message]).toEqual([409, 'workflowId: the item is returned; only an item waiting for a decision is reminded']);
    expect((await registration(cityCadre).post(`/approval-centre/items/not-an-item/reminders`)).status).toBe(404);
  });

  it('answers counts that match the lists, and lets each read only their own notifications', async () => {
    for (const person of [countyCadre, cityCadre, deputy, townCadre]) {
      const counts = (await registration(person).get('/approval-centre/counts')).body;
      const totals = { todo: 0, overdue: 0, done: 0, mine: 0, cc: 0 };
      for (const name of ['todo', 'done', 'mine', 'cc'] as const) totals[name] = (await box(person, name)).total;
      totals.overdue = (await box(person, 'todo', '&overdueOnly=true')).total;
      expect(counts).toEqual(totals);
    }
    const mine = (await registration(countyCadre).get('/notifications?unreadOnly=true')).body;
    expect(mine.items.length).toBeGreaterThan(0);
    const note = mine.items[0];
    const othersRead = await registration(cityCadre).post(`/notifications/${note.id}/read`);
    expect([othersRead.status, othersRead.body]).toEqual([404, expect.objectContaining({ message: `id: there is no notification '${note.id}' of yours` })]);
    expect((await registration(countyCadre).post(`/notifications/${randomUUID()}/read`)).status).toBe(404);
    expect((await registration(countyCadre).post('/notifications/not-a-uuid/read')).status).toBe(400);
    const read = await registration(countyCadre).post(`/notifications/${note.id}/read`);
    expect([read.status, typeof read.body.readAt]).toEqual([200, 'string']);
    expect((await registration(countyCadre).get('/notifications')).body.unread).toBe(mine.unread - 1);
    expect((await registration(countyCadre).post('/notifications/read-all')).body).toEqual({ marked: mine.unread - 1 });
    expect((await registration(countyCadre).get('/notifications?unreadOnly=true')).body).toMatchObject({ items: [], total: 0, unread: 0 });
    expect((await registration(cityCadre).get('/notifications')).body.unread).toBeGreaterThan(0);
    expect((await registration(countyCadre).get('/approval-centre/items?box=later')).body).toMatchObject({ statusCode: 400, message: ['box must be one of todo, done, mine, cc'] });
  });

  // How fast is measured by the console benchmark (npm run bench:console), not here.
  it('pages a todo of 10,000 pending items in the order asked for', async () => {
    const principal = city.principalAs('county_union_cadre', 'county-b');
    await city.sql(
      `INSERT INTO registration.approval_centre_items (workflow_id, service, item_kind, item_id, title, status, current_step_id, step_title,
                                                       submitter_user_id, submitted_at, updated_at, due_at, last_seq)
       SELECT 'load-' || n, 'awards', 'nomination', 'item-' || n, '推荐 ' || n, 'pending', 'county-b', '县总工会意见', 'someone',
              now() - make_interval(mins => n), now(), now() + interval '1 day', 1 FROM generate_series(1, 10000) AS n`,
    );
    await city.sql(
      `INSERT INTO registration.approval_centre_waiting (workflow_id, user_id, waiting_as, waiting_since, due_at)
       SELECT 'load-' || n, $1, 'approver', now() - make_interval(mins => n), now() + interval '1 day' FROM generate_series(1, 10000) AS n`,
      [principal.userId],
    );
    await city.sql(`ANALYZE registration.approval_centre_waiting`);
    await city.sql(`ANALYZE registration.approval_centre_items`);
    const client = apiClient(city.registration.url, await tokenFor(principal));
    const first = await client.get('/approval-centre/items?box=todo&limit=50');
    expect(first.body.total).toBe(10000);
    expect(first.body.items.map((i: Json) => i.workflowId).slice(0, 2)).toEqual(['load-10000', 'load-9999']);
    const newest = await client.get('/approval-centre/items?box=todo&limit=50&offset=50&sort=-at');
    expect(newest.body.items.map((i: Json) => i.workflowId).slice(0, 2)).toEqual(['load-51', 'load-52']);
  });
});
