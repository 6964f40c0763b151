import { Client, Connection } from '@temporalio/client';
import { workingDayDeadline } from '@lc/calendar';
import { apiClient, approveChain, Json, startTestCity, TestCity, TestPerson, waitFor } from '@lc/testing';
import { publicityPeriodWorkflowId } from '@lc/workflows';

/**
 * The waiting list (候补) of a quota, through HTTP and Temporal, with the 公示 period in working days
 * (the service's own setting, no seconds override): nominations approved over quota wait in the order
 * of approval with their place shown; a place freed by an upheld objection goes to the first waiting,
 * and two places freed at once by two objections upheld together go to the first two, each exactly
 * once; places added to the quota go to the waiting too.
 */
describe('the waiting list of a quota', () => {
  let city: TestCity;
  let awards: (token: string) => ReturnType<typeof apiClient>;
  let cityCadre: TestPerson;
  let deciders: TestPerson[];
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const started: string[] = [];

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true });
    awards = (token) => apiClient(city.awards?.url as string, token);
    const known = { knownIn: ['awards'] };
    const people: [string, string][] = [
      ['city_union_cadre', 'city'],
      ['city_union_cadre', 'city'],
      ['county_union_cadre', 'county-a'],
      ['county_union_cadre', 'county-b'],
      ['township_union_cadre', 'town-a1'],
      ['township_union_cadre', 'town-a2'],
      ['township_union_cadre', 'town-b1'],
      ['enterprise_union_cadre', 'ent-a1'],
      ['enterprise_union_cadre', 'ent-a2'],
      ['enterprise_union_cadre', 'ent-a3'],
      ['enterprise_union_cadre', 'ent-b1'],
    ];
    const persons = await Promise.all(people.map(([role, unit]) => city.person(role as Parameters<TestCity['person']>[0], unit, known)));
    [cityCadre, ...deciders] = persons;
    expect((await awards(cityCadre.token).put(`/honour-quotas/may-day-award/city/${year}`, { quota: 2 })).status).toBe(200);
  });

  afterAll(async () => {
    // The publicity periods run for working days: end the ones this test started.
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    const client = new Client({ connection });
    for (const id of started) await client.workflow.getHandle(publicityPeriodWorkflowId(id)).terminate('test over').catch(() => undefined);
    await connection.close();
    await city?.stop();
  });

  const nomination = async (id: string): Promise<Json> => (await awards(cityCadre.token).get(`/nominations/${id}`)).body;
  const statusOf = async (id: string): Promise<string> => (await nomination(id)).status;
  const untilStatus = (id: string, status: string) =>
    waitFor(`nomination ${id} to be ${status}`, async () => ((await statusOf(id)) === status ? true : undefined), { timeoutMs: 60_000 });

  /** Nominates the enterprise for 五一劳动奖状 and takes it up the chain to the city's approval; answers its id. */
  const nominateAndApprove = async (enterprise: string, expected: 'publicity' | 'over_quota') => {
    const created = await awards(cityCadre.token).post('/nominations', { honourCode: 'may-day-award', conferringUnitId: 'city', year, nomineeId: enterprise, material: '事迹材料' });
    expect(created.status).toBe(201);
    const submitted = await awards(cityCadre.token).post(`/nominations/${created.body.id}/submission`);
    expect(submitted.status).toBe(200);
    await approveChain(city.awards?.url as string, submitted.body.approvalWorkflowId, deciders);
    await untilStatus(created.body.id, expected);
    if (expected === 'publicity') started.push(created.body.id);
    return created.body.id as string;
  };

  const objectAndUphold = async (id: string) => {
    const objector = await city.tokenAs('worker', (await nomination(id)).nominee.id);
    const lodged = await awards(objector).post(`/nominations/${id}/objections`, { reason: '事迹材料与实际不符' });
    expect(lodged.status).toBe(201);
    return () => awards(cityCadre.token).post(`/nominations/${id}/objections/${lodged.body.objectionId}/ruling`, { upheld: true, note: '经核查属实' });
  };

  const promotions = async (id: string) =>
    city.sql<{ n: number }>(`SELECT count(*)::int AS n FROM awards.audit_log WHERE entity_id = $1 AND action = 'nomination.promoted'`, [id]);
  const quota = async () =>
    (await city.sql<{ taken: number; quota: number }>(`SELECT taken, quota FROM awards.honour_quotas WHERE honour_code = 'may-day-award' AND conferring_unit_id = 'city' AND year = $1`, [year]))[0];

  let inPublicity: string[];
  let waiting: string[];

  it('puts nominations approved over quota on the waiting list in the order of approval, each with its place, the 公示 of the others in working days', async () => {
    const approvedAt = Date.now();
    inPublicity = [await nominateAndApprove('ent-a1', 'publicity'), await nominateAndApprove('ent-b1', 'publicity')];
    waiting = [await nominateAndApprove('ent-a2', 'over_quota'), await nominateAndApprove('ent-a3', 'over_quota')];
    expect(await quota()).toEqual({ taken: 2, quota: 2 });

    // 不少于5个工作日: to the end of the 5th working day after the day of approval, by the official calendar.
    const first = await nomination(inPublicity[0]);
    expect([workingDayDeadline(approvedAt, 5).endsAt.toISOString(), workingDayDeadline(Date.now(), 5).endsAt.toISOString()]).toContain(first.publicityEndsAt);

    const [one, two] = await Promise.all(waiting.map(nomination));
    expect([one.waitingPosition, two.waitingPosition]).toEqual([1, 2]);
    expect(Date.parse(one.waitingSince)).toBeLessThan(Date.parse(two.waitingSince));
    expect(one.note).toContain('waiting for a place to be freed');
    const listed = await awards(cityCadre.token).get(`/nominations?status=over_quota&honourCode=may-day-award&year=${year}`);
    expect(listed.body.items.map((n: Json) => [n.id, n.waitingPosition])).toEqual([
      [waiting[0], 1],
      [waiting[1], 2],
    ]);
    // Nothing waits outside the waiting list.
    expect(first.waitingPosition).toBeNull();
  });

  it('gives two places freed at once, by two objections upheld together, to the first two waiting, each exactly once', async () => {
    const rulings = await Promise.all(inPublicity.map(objectAndUphold));
    const answers = await Promise.all(rulings.map((rule) => rule()));
    expect(answers.map((a) => [a.status, a.body.nominationStatus])).toEqual([
      [200, 'withdrawn'],
      [200, 'withdrawn'],
    ]);
    for (const id of waiting) await untilStatus(id, 'publicity');
    started.push(...waiting);
    expect(await quota()).toEqual({ taken: 2, quota: 2 });
    for (const id of waiting) expect(await promotions(id)).toEqual([{ n: 1 }]);
    const promoted = await nomination(waiting[0]);
    expect(promoted).toMatchObject({ waitingPosition: null, waitingSince: null, promotedFromWaitingList: true, publicityEndsAt: expect.any(String) });
    expect((await nomination(inPublicity[0])).promotedFromWaitingList).toBe(false);
    // The promotion is on the nomination's record with what freed the place.
    const [entry] = await city.sql<{ after: Json }>(`SELECT after FROM awards.audit_log WHERE entity_id = $1 AND action = 'nomination.promoted'`, [waiting[0]]);
    expect(entry.after).toMatchObject({ placeFreedBy: expect.any(String), waitingSince: expect.any(String), publicityEndsAt: promoted.publicityEndsAt });
    expect(inPublicity).toContain(entry.after.placeFreedBy);
  });

  it('gives a freed place to the first waiting only, and places added to the quota to the next', async () => {
    // The withdrawn enterprises are nominated again and wait behind nobody: the quota is full.
    const again = [await nominateAndApprove('ent-a1', 'over_quota'), await nominateAndApprove('ent-b1', 'over_quota')];
    const raised = await awards(cityCadre.token).put(`/honour-quotas/may-day-award/city/${year}`, { quota: 3 });
    expect(raised.body).toMatchObject({ quota: 3, taken: 3, left: 0 });
    expect(await statusOf(again[0])).toBe('publicity');
    started.push(again[0]);
    expect(await nomination(again[1])).toMatchObject({ status: 'over_quota', waitingPosition: 1 });

    const rule = await objectAndUphold(waiting[0]);
    expect((await rule()).body.nominationStatus).toBe('withdrawn');
    await untilStatus(again[1], 'publicity');
    started.push(again[1]);
    expect(await quota()).toEqual({ taken: 3, quota: 3 });
    for (const id of again) expect(await promotions(id)).toEqual([{ n: 1 }]);
  });
});
