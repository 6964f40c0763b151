import { apiClient, approveChain, startTestCity, TestCity, TestPerson, waitFor } from '@lc/testing';

const PUBLICITY_SECONDS = 10;

/**
 * What the console's honours screens read: the quotas on a cadre's line with places taken, in approval
 * and left; a publicity notice's nominations (one conferring union, one year); an objection's ruling
 * with its reason; and the fund's ledger, one line per material reward paid at conferral.
 */
describe('honour quotas, publicity notices and the fund ledger', () => {
  let city: TestCity;
  let awards: (token: string) => ReturnType<typeof apiClient>;
  let cityCadre: TestPerson;
  let secondCityCadre: TestPerson;
  let countyA: TestPerson;
  let countyB: TestPerson;
  let townA1: TestPerson;
  let entA1: TestPerson;
  let nominationId: string;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  beforeAll(async () => {
    city = await startTestCity({ withAwards: true, awardsSettings: { PUBLICITY_PERIOD_SECONDS: String(PUBLICITY_SECONDS) } });
    awards = (token) => apiClient(city.awards?.url as string, token);
    const known = { knownIn: ['awards'] };
    [cityCadre, secondCityCadre, countyA, countyB, townA1, entA1] = await Promise.all([
      city.person('city_union_cadre', 'city', known),
      city.person('city_union_cadre', 'city', known),
      city.person('county_union_cadre', 'county-a', known),
      city.person('county_union_cadre', 'county-b', known),
      city.person('township_union_cadre', 'town-a1', known),
      city.person('enterprise_union_cadre', 'ent-a1', known),
    ]);
    const quotas: [TestPerson, string, string, number][] = [
      [cityCadre, 'pioneer-team', 'city', 3],
      [countyA, 'pioneer-team-county', 'county-a', 5],
      [countyB, 'pioneer-team-county', 'county-b', 4],
    ];
    for (const [who, honour, unit, quota] of quotas) expect((await awards(who.token).put(`/honour-quotas/${honour}/${unit}/${year}`, { quota })).status).toBe(200);
    expect((await awards(cityCadre.token).put(`/competition-funds/city/${year}`, { totalYuan: 100000 })).status).toBe(200);
  });

  afterAll(() => city?.stop());

  const quotasAs = async (who: TestPerson) => (await awards(who.token).get(`/honour-quotas?year=${year}`)).body;

  it("lists the quotas on a cadre's line, the unions above and below, never a sibling county's", async () => {
    const seen = await quotasAs(countyA);
    expect(seen.total).toBe(2);
    expect(seen.items).toEqual([
      expect.objectContaining({ honourCode: 'pioneer-team', honourName: '工人先锋号', conferringLevel: 'city', unitId: 'city', quota: 3, taken: 0, inApproval: 0, left: 3 }),
      expect.objectContaining({ honourCode: 'pioneer-team-county', conferringLevel: 'county', unitId: 'county-a', unitName: '单位 county-a', quota: 5, left: 5 }),
    ]);
    expect((await quotasAs(cityCadre)).total).toBe(3);
    const bad = await awards(countyA.token).get('/honour-quotas?year=twenty');
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'year']);
  });

  it('counts a submitted nomination as in approval, then as a place taken once approved into publicity', async () => {
    const created = await awards(cityCadre.token).post('/nominations', { honourCode: 'pioneer-team', conferringUnitId: 'city', year, nomineeId: 'team-a1a', material: '班组建设成绩突出' });
    expect(created.status).toBe(201);
    nominationId = created.body.id;
    const submitted = await awards(cityCadre.token).post(`/nominations/${nominationId}/submission`);
    expect(submitted.status).toBe(200);
    expect((await quotasAs(countyA)).items[0]).toMatchObject({ honourCode: 'pioneer-team', taken: 0, inApproval: 1, left: 3 });

    await approveChain(city.awards?.url as string, submitted.body.approvalWorkflowId, [entA1, townA1, countyA, secondCityCadre]);
    await waitFor('the nomination to be in publicity', async () => ((await awards(cityCadre.token).get(`/nominations/${nominationId}`)).body.status === 'publicity' ? true : undefined));
    expect((await quotasAs(countyA)).items[0]).toMatchObject({ honourCode: 'pioneer-team', taken: 1, inApproval: 0, left: 2 });
  });

  it("lists one conferring union's nominations of one year for its 公示 notice, with the names the notice prints", async () => {
    // A worker of the team reads the notice: the city union's name and the team's enterprise come with it.
    const worker = await city.tokenAs('worker', 'team-a1a');
    const notice = (await awards(worker).get(`/nominations?status=publicity&conferringUnitId=city&year=${year}`)).body;
    expect(notice.items.map((n: { id: string }) => n.id)).toEqual([nominationId]);
    expect(notice.items[0]).toMatchObject({ conferringUnitName: '测试市总工会', nominee: { kind: 'team', name: '单位 team-a1a', enterprise: { id: 'ent-a1', name: '单位 ent-a1' } } });
    expect((await awards(entA1.token).get(`/nominations?status=publicity&conferringUnitId=county-a&year=${year}`)).body.total).toBe(0);
    expect((await awards(entA1.token).get(`/nominations?status=publicity&conferringUnitId=city&year=${year - 1}`)).body.total).toBe(0);
  });

  it("keeps the conferring union's reason with its ruling on an objection", async () => {
    const lodged = await awards(entA1.token).post(`/nominations/${nominationId}/objections`, { reason: '班组人数填写有误' });
    expect(lodged.status).toBe(201);
    const ruled = await awards(cityCadre.token).post(`/nominations/${nominationId}/objections/${lodged.body.objectionId}/ruling`, { upheld: false, note: '经核实人数无误' });
    expect(ruled.body).toMatchObject({ status: 'dismissed', nominationStatus: 'publicity' });
    const { objections } = (await awards(entA1.token).get(`/nominations/${nominationId}`)).body;
    expect(objections).toEqual([expect.objectContaining({ reason: '班组人数填写有误', status: 'dismissed', rulingNote: '经核实人数无误' })]);
  });

  it('writes the material reward paid at conferral as a line of the fund ledger, read only within scope', async () => {
    await waitFor(
      'the honour to be conferred',
      async () => ((await awards(cityCadre.token).get(`/nominations/${nominationId}`)).body.status === 'conferred' ? true : undefined),
      { timeoutMs: (PUBLICITY_SECONDS + 30) * 1000 },
    );
    const ledger = await awards(cityCadre.token).get(`/competition-funds/city/${year}/entries`);
    expect(ledger.status).toBe(200);
    expect(ledger.body).toEqual({
      total: 1,
      items: [
        expect.objectContaining({ lineNo: 1, nominationId, honourCode: 'pioneer-team', honourName: '工人先锋号', nominee: { kind: 'team', name: '单位 team-a1a' }, amountYuan: '5000.00' }),
      ],
    });
    expect((await awards(cityCadre.token).get(`/competition-funds/city/${year}`)).body).toMatchObject({ spentYuan: '5000.00', leftYuan: '95000.00' });
    expect((await awards(countyA.token).get(`/competition-funds/county-b/${year}/entries`)).status).toBe(403);
    expect((await awards(countyA.token).get(`/competition-funds/county-a/${year}/entries`)).body).toEqual({ total: 0, items: [] });
  });
});
