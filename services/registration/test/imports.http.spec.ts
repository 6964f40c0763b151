import { apiClient, creditCodeFor, Json, startTestCity, TestCity } from '@lc/testing';
import { xlsxFile } from './fixtures/import.fixture';
import { countOf, entriesAfter, lastEntryId, upload } from './fixtures/city-helpers';

const ENTERPRISE_HEADER = '单位编号,企业名称,统一社会信用代码,上级工会编号,行政区划代码,所有制,规模以上,行业,职工人数';
const WORKER_HEADER = '姓名,手机号,所在班组编号,性别,工种,技术等级';
const MiB = 1024 * 1024;

/** CSV as Excel on Windows saves "CSV UTF-8": a BOM, CRLF line ends. */
const csv = (...lines: string[]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);

/** The same code with a wrong check character (the last one). */
const withWrongCheck = (code: string) => `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;

/**
 * Bulk imports through the HTTP API, all or nothing: a good file writes every row with its event and
 * audit entry; a file with any problem writes nothing and lists every problem by row and column.
 */
describe('imports', () => {
  let city: TestCity;

  beforeAll(async () => {
    city = await startTestCity();
  });

  afterAll(() => city?.stop());

  /** Everything an import writes: a refused import must leave all of it as it was. */
  const written = async () => ({
    units: await countOf(city, 'registration.org_units'),
    users: await countOf(city, 'registration.users'),
    outbox: await countOf(city, 'registration.outbox', `event_type <> 'audit.chain-sealed'`),
    changes: await countOf(city, 'registration.audit_log', `action <> 'access.denied'`),
    denials: await countOf(city, 'registration.audit_log', `action = 'access.denied'`),
  });

  const importEnterprises = async (token: string, file: Buffer | undefined, name = 'enterprises.csv') =>
    upload(city.registration.url, token, '/org-units/imports/enterprises', file, name);
  const importWorkers = async (token: string, file: Buffer | undefined, name = 'workers.csv') =>
    upload(city.registration.url, token, '/users/imports/workers', file, name);

  describe('enterprises', () => {
    it('imports a CSV with Chinese headers: the units, one event and one audit entry each', async () => {
      const county = await city.tokenAs('county_union_cadre', 'county-a');
      const before = await written();
      const since = await lastEntryId(city);
      const file = csv(
        ENTERPRISE_HEADER,
        `ent-imp-1,甲机械制造有限公司,${creditCodeFor(101)},town-a1,370102,公有制,是,制造业,120`,
        `,乙电子科技有限公司,${creditCodeFor(102).toLowerCase()},town-a1,,非公有制,否,,35`,
        `ent-imp-3,丙建材有限公司,${creditCodeFor(103)},town-a2,370103,非公有制,是,建筑业,860`,
      );
      const res = await importEnterprises(county, file);
      expect(res.status).toBe(201);
      const generated = `ent-${creditCodeFor(102).toLowerCase()}`;
      expect(res.body).toEqual({ imported: 3, ids: ['ent-imp-1', generated, 'ent-imp-3'] });

      const api = apiClient(city.registration.url, county);
      const town = (await api.get('/org-units/town-a1')).body;
      const units = await Promise.all(['ent-imp-1', generated, 'ent-imp-3'].map(async (id) => (await api.get(`/org-units/${id}`)).body));
      expect(units).toEqual([
        expect.objectContaining({
          id: 'ent-imp-1',
          name: '甲机械制造有限公司',
          kind: 'enterprise_union',
          parentId: 'town-a1',
          path: '/city/county-a/town-a1/ent-imp-1',
          regionCode: '370102',
          active: true,
          enterprise: { creditCode: creditCodeFor(101), ownership: 'public', aboveScale: true, industry: '制造业', headcount: 120 },
          version: 1,
        }),
        expect.objectContaining({
          id: generated,
          name: '乙电子科技有限公司',
          parentId: 'town-a1',
          path: `/city/county-a/town-a1/${generated}`,
          regionCode: town.regionCode,
          enterprise: { creditCode: creditCodeFor(102), ownership: 'non_public', aboveScale: false, industry: null, headcount: 35 },
        }),
        expect.objectContaining({
          id: 'ent-imp-3',
          parentId: 'town-a2',
          path: '/city/county-a/town-a2/ent-imp-3',
          enterprise: { creditCode: creditCodeFor(103), ownership: 'non_public', aboveScale: true, industry: '建筑业', headcount: 860 },
        }),
      ]);

      expect(await written()).toEqual({ ...before, units: before.units + 3, outbox: before.outbox + 3, changes: before.changes + 3 });
      const entries = await entriesAfter(city, since);
      expect(entries.map((e) => [e.action, e.entity_id, e.actor_id, e.org_path, e.reason])).toEqual([
        ['org-unit.created', 'ent-imp-1', 'u-county_union_cadre-county-a', '/city/county-a/town-a1/ent-imp-1', 'imported from enterprises.csv'],
        ['org-unit.created', generated, 'u-county_union_cadre-county-a', `/city/county-a/town-a1/${generated}`, 'imported from enterprises.csv'],
        ['org-unit.created', 'ent-imp-3', 'u-county_union_cadre-county-a', '/city/county-a/town-a2/ent-imp-3', 'imported from enterprises.csv'],
      ]);
      const events = await city.sql<{ event_type: string; aggregate: string }>(
        `SELECT event_type, envelope->'payload'->>'unitId' AS aggregate FROM registration.outbox WHERE event_type <> 'audit.chain-sealed' ORDER BY seq DESC LIMIT 3`,
      );
      expect(events.reverse()).toEqual([
        { event_type: 'org-unit.created', aggregate: 'ent-imp-1' },
        { event_type: 'org-unit.created', aggregate: generated },
        { event_type: 'org-unit.created', aggregate: 'ent-imp-3' },
      ]);
    });

    it('imports the same from an XLSX workbook', async () => {
      const before = await written();
      const file = await xlsxFile([
        ENTERPRISE_HEADER.split(','),
        ['ent-x-1', '丁纺织有限公司', creditCodeFor(111), 'town-b1', '', '非公有制', '否', '纺织业', 48],
        ['ent-x-2', '戊化工有限公司', creditCodeFor(112), 'ind-2', '370105', '公有制', '是', null, 1500],
      ]);
      const res = await importEnterprises(city.rootToken, file, 'register.xlsx');
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ imported: 2, ids: ['ent-x-1', 'ent-x-2'] });
      const api = apiClient(city.registration.url, city.rootToken);
      expect((await api.get('/org-units/ent-x-1')).body).toMatchObject({
        path: '/city/county-b/town-b1/ent-x-1',
        enterprise: { creditCode: creditCodeFor(111), ownership: 'non_public', aboveScale: false, industry: '纺织业', headcount: 48 },
      });
      expect((await api.get('/org-units/ent-x-2')).body).toMatchObject({
        path: '/city/ind-2/ent-x-2',
        regionCode: '370105',
        enterprise: { creditCode: creditCodeFor(112), ownership: 'public', aboveScale: true, industry: null, headcount: 1500 },
      });
      expect(await written()).toEqual({ ...before, units: before.units + 2, outbox: before.outbox + 2, changes: before.changes + 2 });
      const [entry] = (await entriesAfter(city, (await lastEntryId(city)) - 1));
      expect(entry.reason).toBe('imported from register.xlsx');
    });

    it('refuses a file with problems whole, listing every problem by row and column', async () => {
      const before = await written();
      const file = csv(
        ENTERPRISE_HEADER,
        `ent-bad-2,校验位错误公司,${withWrongCheck(creditCodeFor(121))},town-a1,,公有制,是,,10`,
        `ent-bad-3,无上级公司,${creditCodeFor(122)},nowhere,,公有制,是,,10`,
        `ent-bad-4,重复登记公司,${creditCodeFor(101)},town-a1,,公有制,是,,10`,
        `ent-bad-5,挂错位置公司,${creditCodeFor(123)},team-a1a,,公有制,是,,10`,
        `ent-good-6,正常公司,${creditCodeFor(124)},town-a2,,非公有制,否,,10`,
      );
      const res = await importEnterprises(city.rootToken, file);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('the file has 4 problems; nothing was imported');
      expect(res.body.problems).toEqual([
        { row: 2, field: '统一社会信用代码', message: expect.stringMatching(/^统一社会信用代码有误 \/ the credit code .*check character/) },
        { row: 3, field: '上级工会编号', message: "没有编号为 nowhere 的单位 / there is no org unit 'nowhere'" },
        { row: 4, field: '统一社会信用代码', message: `已登记 / ${creditCodeFor(101)} is already registered for ent-imp-1 (甲机械制造有限公司)` },
        { row: 5, field: '上级工会编号', message: 'an enterprise union (企业工会) may not be placed under team-a1a, which is a team (班组)' },
      ]);
      expect(await written()).toEqual(before);
      expect((await apiClient(city.registration.url, city.rootToken).get('/org-units/ent-good-6')).status).toBe(404);
    });

    it('refuses an id that is taken and a credit code given twice in the file', async () => {
      const before = await written();
      const file = csv(
        ENTERPRISE_HEADER,
        `ent-a1,编号已占用公司,${creditCodeFor(161)},town-a1,,公有制,是,,10`,
        `ent-dup-3,甲公司,${creditCodeFor(162)},town-a1,,公有制,是,,10`,
        `ent-dup-4,乙公司,${creditCodeFor(162)},town-a2,,公有制,是,,10`,
      );
      const res = await importEnterprises(city.rootToken, file);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('the file has 2 problems; nothing was imported');
      expect(res.body.problems).toEqual([
        { row: 2, field: '单位编号', message: "单位编号已存在 / an org unit 'ent-a1' already exists" },
        { row: 4, field: '统一社会信用代码', message: '统一社会信用代码与第 3 行重复 / same credit code as row 3' },
      ]);
      expect(await written()).toEqual(before);
    });

    it('refuses rows outside the cadre\'s subtree, writing nothing but the denial', async () => {
      const township = await city.tokenAs('township_union_cadre', 'town-a1');
      const before = await written();
      const since = await lastEntryId(city);
      const file = csv(
        ENTERPRISE_HEADER,
        `ent-own-2,本街道公司,${creditCodeFor(131)},town-a1,,公有制,是,,10`,
        `ent-far-3,外县公司,${creditCodeFor(132)},town-b1,,公有制,是,,10`,
      );
      const res = await importEnterprises(township, file);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        message: 'the file has 1 problem; nothing was imported',
        problems: [
          {
            row: 3,
            field: '上级工会编号',
            message: 'your unit town-a1 is not above or equal to the target unit town-b1; you act only on your own unit and the units under it',
          },
        ],
      });
      expect(await written()).toEqual({ ...before, denials: before.denials + 1 });
      expect((await entriesAfter(city, since)).map((e) => [e.action, e.actor_id, e.entity_id, e.reason])).toEqual([
        ['access.denied', 'u-township_union_cadre-town-a1', 'POST /org-units/imports/enterprises', 'enterprise import: rows 3 are outside your subtree'],
      ]);

      // The row in its own subtree alone goes in.
      const own = await importEnterprises(township, csv(ENTERPRISE_HEADER, `ent-own-2,本街道公司,${creditCodeFor(131)},town-a1,,公有制,是,,10`));
      expect([own.status, own.body]).toEqual([201, { imported: 1, ids: ['ent-own-2'] }]);
    });

    it('refuses a request without a file', async () => {
      const before = await written();
      const res = await importEnterprises(city.rootToken, undefined);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe("file: attach the spreadsheet (XLSX or CSV) as the multipart form field 'file'");
      expect(await written()).toEqual(before);
    });

    it.each([
      ['a PNG image', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]), 'logo.png'],
      ['random binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), 'data.bin'],
    ])('refuses %s as neither XLSX nor CSV', async (_, file, name) => {
      const before = await written();
      const res = await importEnterprises(city.rootToken, file, name);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        message: 'the file has 1 problem; nothing was imported',
        problems: [{ row: null, field: null, message: '不是 XLSX 或 CSV 文件，请在 Excel 中另存为 .xlsx 或 CSV / not an XLSX or CSV file; save it from Excel as .xlsx or CSV' }],
      });
      expect(await written()).toEqual(before);
    });

    it('refuses a zip that is not a workbook', async () => {
      const res = await importEnterprises(city.rootToken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]), 'fake.xlsx');
      expect(res.status).toBe(400);
      expect(res.body.problems).toEqual([{ row: null, field: null, message: expect.stringMatching(/^无法按 XLSX 读取文件 \/ the file could not be read as XLSX: /) }]);
    });

    describe('the 5 MiB limit', () => {
      const head = Buffer.from(`${ENTERPRISE_HEADER}\r\nent-big-2,大文件公司,${creditCodeFor(141)},nowhere,,公有制,是,,10\r\n`, 'utf8');
      // A last line of spaces reads as blank and is skipped, so the padding changes the size and nothing else.
      const padded = (size: number) => Buffer.concat([head, Buffer.alloc(size - head.length, ' ')]);
      const tooLarge = 'file: is larger than 5 MiB; split it into smaller files';

      it('reads a file of exactly 5 MiB', async () => {
        const res = await importEnterprises(city.rootToken, padded(5 * MiB));
        expect(res.status).toBe(400);
        expect(res.body.problems).toEqual([{ row: 2, field: '上级工会编号', message: "没有编号为 nowhere 的单位 / there is no org unit 'nowhere'" }]);
      });

      it('refuses a file of 6 MiB with 413, writing nothing', async () => {
        const before = await written();
        const res = await importEnterprises(city.rootToken, padded(6 * MiB));
        expect([res.status, res.body.message]).toEqual([413, tooLarge]);
        expect(await written()).toEqual(before);
      });

      it('refuses a file one byte over 5 MiB with 413 too', async () => {
        const res = await importEnterprises(city.rootToken, padded(5 * MiB + 1));
        expect([res.status, res.body.message, res.body.problems]).toEqual([413, tooLarge, undefined]);
      });
    });

    it.each([
      ['judge', 'county-a'],
      ['auditor', 'county-a'],
      ['enterprise_management', 'ent-a1'],
    ] as const)('refuses the role %s, which does not keep the tree, with 403', async (role, unit) => {
      const before = await written();
      const file = csv(ENTERPRISE_HEADER, `ent-role-2,角色公司,${creditCodeFor(151)},${unit === 'ent-a1' ? 'town-a1' : 'town-a2'},,公有制,是,,10`);
      const res = await importEnterprises(await city.tokenAs(role, unit), file);
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/^this action needs one of the roles city_union_cadre, county_union_cadre, industry_union_cadre, township_union_cadre, enterprise_union_cadre; you have /);
      expect(await written()).toEqual({ ...before, denials: before.denials + 1 });
    });
  });

  describe('workers', () => {
    it('imports workers into teams and enterprises; they cannot log in until a password is set', async () => {
      const cadre = await city.tokenAs('enterprise_union_cadre', 'ent-a1');
      const before = await written();
      const since = await lastEntryId(city);
      const file = csv(
        WORKER_HEADER,
        '张伟,13800000001,team-a1a,男,焊工,高级工',
        '李娜,13800000002,team-a1a,女,,',
        '王强,13800000003,ent-a1,男,电工,技师',
        '刘洋,13800000004,team-a1b,,,无',
      );
      const res = await importWorkers(cadre, file);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ imported: 4 });
      expect(await written()).toEqual({ ...before, users: before.users + 4, outbox: before.outbox + 4, changes: before.changes + 4 });
      const entries = await entriesAfter(city, since);
      expect(entries.map((e) => [e.action, e.actor_id, e.org_unit_id, e.reason])).toEqual([
        ['user.created', 'u-enterprise_union_cadre-ent-a1', 'team-a1a', 'imported from workers.csv'],
        ['user.created', 'u-enterprise_union_cadre-ent-a1', 'team-a1a', 'imported from workers.csv'],
        ['user.created', 'u-enterprise_union_cadre-ent-a1', 'ent-a1', 'imported from workers.csv'],
        ['user.created', 'u-enterprise_union_cadre-ent-a1', 'team-a1b', 'imported from workers.csv'],
      ]);
      // One event per worker for the other services' users read models: the name, never the mobile.
      const events = await city.sql<{ event_type: string; message_key: string; payload: Json }>(
        `SELECT event_type, message_key, envelope->'payload' AS payload FROM registration.outbox WHERE event_type <> 'audit.chain-sealed' ORDER BY seq DESC LIMIT 4`,
      );
      expect(events.reverse().map((e) => [e.event_type, e.message_key === e.payload.userId, e.payload.displayName, e.payload.orgUnitId, Object.keys(e.payload).sort()])).toEqual(
        [
          ['张伟', 'team-a1a'],
          ['李娜', 'team-a1a'],
          ['王强', 'ent-a1'],
          ['刘洋', 'team-a1b'],
        ].map(([name, unit]) => ['user.created', true, name, unit, ['active', 'displayName', 'orgUnitId', 'roles', 'userId', 'version']]),
      );

      const list = await apiClient(city.registration.url, cadre).get('/users?orgUnitId=team-a1a&role=worker');
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(2);
      const byMobile = (items: Json[]) => [...items].sort((a, b) => a.mobile.localeCompare(b.mobile));
      expect(byMobile(list.body.items)).toEqual([
        {
          id: expect.any(String),
          username: '13800000001',
          displayName: '张伟',
          orgUnitId: 'team-a1a',
          roles: ['worker'],
          active: true,
          canLogIn: false,
          passwordChangeRequired: false,
          gender: 'male',
          mobile: '13800000001',
          trade: '焊工',
          skillGrade: '高级工',
          createdAt: expect.any(String),
        },
        expect.objectContaining({ username: '13800000002', displayName: '李娜', gender: 'female', trade: null, skillGrade: null, canLogIn: false }),
      ]);
      const enterprise = await apiClient(city.registration.url, cadre).get('/users?orgUnitId=ent-a1&role=worker');
      expect(enterprise.body.total).toBe(4);
      expect(enterprise.body.items.find((u: Json) => u.displayName === '刘洋')).toMatchObject({ orgUnitId: 'team-a1b', gender: null, skillGrade: null });
      // Sorted as asked, on the server.
      const byUsername = (await apiClient(city.registration.url, cadre).get('/users?orgUnitId=ent-a1&role=worker&sort=-username')).body.items.map((u: Json) => u.username);
      expect(byUsername).toEqual([...byUsername].sort().reverse());
      expect(byUsername).toHaveLength(4);

      const login = await apiClient(city.registration.url).post('/auth/login', { username: '13800000001', password: 'Anything2026' });
      expect(login.status).toBe(401);
    });

    it('refuses a file with a mobile already used and a unit that is not a team or enterprise, writing nothing', async () => {
      const before = await written();
      const file = csv(
        WORKER_HEADER,
        '赵六,13800000001,team-a1b,男,,',
        '钱七,13800000010,town-a1,女,,',
        '孙八,13800000011,team-a1b,男,,',
        '周九,13800000012,nowhere,男,,',
        '吴十,1380000001,team-a1b,男,,',
      );
      const res = await importWorkers(city.rootToken, file);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('the file has 4 problems; nothing was imported');
      expect(res.body.problems).toEqual([
        { row: 2, field: '手机号', message: '该手机号已有账号 / 13800000001 already belongs to a user' },
        {
          row: 3,
          field: '所在班组编号',
          message:
            'the role worker (职工) cannot be given at town-a1, which is a township/street/park union (乡镇(街道、园区)工会); ' +
            'it exists only at: team (班组), enterprise union (企业工会)',
        },
        { row: 5, field: '所在班组编号', message: "没有编号为 nowhere 的单位 / there is no org unit 'nowhere'" },
        { row: 6, field: '手机号', message: '应为 11 位手机号，以 13–19 开头 / must be an 11-digit China mobile number starting 13 to 19' },
      ]);
      expect(await written()).toEqual(before);
      const list = await apiClient(city.registration.url, city.rootToken).get('/users?orgUnitId=team-a1b&role=worker');
      expect(list.body.items.map((u: Json) => u.displayName)).toEqual(['刘洋']);
    });

    it('refuses workers outside the cadre\'s subtree, writing nothing but the denial', async () => {
      const cadre = await city.tokenAs('enterprise_union_cadre', 'ent-a1');
      const before = await written();
      const res = await importWorkers(cadre, csv(WORKER_HEADER, '郑一,13800000021,team-a1a,男,,', '冯二,13800000022,team-b1a,女,,'));
      expect(res.status).toBe(400);
      expect(res.body.problems).toEqual([
        { row: 3, field: '所在班组编号', message: 'your unit ent-a1 is not above or equal to the target unit team-b1a; you act only on your own unit and the units under it' },
      ]);
      expect(await written()).toEqual({ ...before, denials: before.denials + 1 });
    });
  });
});
