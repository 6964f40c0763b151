import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventEnvelope, UserStateV1 } from '@lc/contracts';
import { InboxContext, ReadModelApproverDirectory, UserCreatedHandler, UserDirectory, UserDirectoryListeners } from '@lc/platform';
import { apiClient, Json, openTestDataSource, startTestCity, TestCity, waitFor } from '@lc/testing';

const WORKER_HEADER = '姓名,手机号,所在班组编号,性别,工种,技术等级';

/** A CSV as Excel saves it: a BOM and CRLF line ends. */
const csv = (...lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

interface DirectoryRow {
  id: string;
  org_unit_id: string;
  display_name: string;
  roles: string[];
  active: boolean;
  version: number;
}

/**
 * Hazard-reward's copy of registration's users, kept from user.created events: users created one by
 * one or by a worker import reach its user_directory, and its ApproverDirectory answers from that copy
 * and its copy of the tree (active users holding the role, at an active unit, in registration's order).
 */
describe('users read model (hazard-reward)', () => {
  let city: TestCity;
  let hazardReward: DataSource;
  let approvers: ReadModelApproverDirectory;
  let users: UserDirectory;

  beforeAll(async () => {
    city = await startTestCity({ withHazardReward: true });
    hazardReward = await openTestDataSource({ url: city.databaseUrl, schema: 'hazard_reward', migrations: [] });
    approvers = new ReadModelApproverDirectory(hazardReward);
    users = new UserDirectory(hazardReward);
  });

  afterAll(async () => {
    await hazardReward?.destroy();
    await city?.stop();
  });

  const rowOf = async (userId: string): Promise<DirectoryRow | undefined> => {
    const [row] = await city.sql<DirectoryRow>(
      `SELECT id, org_unit_id, display_name, roles, active, version FROM hazard_reward.user_directory WHERE id = $1`,
      [userId],
    );
    return row;
  };
  const waitForUser = (userId: string) => waitFor(`hazard-reward to know user ${userId}`, () => rowOf(userId));

  const createUser = async (body: { username: string; displayName: string; orgUnitId: string; roles: string[]; mobile?: string }): Promise<string> => {
    const res = await apiClient(city.registration.url, city.rootToken).post('/users', { ...body, password: 'Secret2026pw' });
    if (res.status !== 201) throw new Error(`creating ${body.username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };

  // Created in this order, one request each: the directory must answer in the same order.
  const townCadres: string[] = [];
  let inspectorAndCadre: string;
  let enterpriseCadre: string;

  beforeAll(async () => {
    townCadres.push(await createUser({ username: 'hz.town.1', displayName: '街道干部甲', orgUnitId: 'town-a1', roles: ['township_union_cadre'], mobile: '13700000001' }));
    inspectorAndCadre = await createUser({ username: 'hz.town.2', displayName: '街道干部乙', orgUnitId: 'town-a1', roles: ['township_union_cadre', 'safety_inspector'] });
    townCadres.push(inspectorAndCadre);
    townCadres.push(await createUser({ username: 'hz.town.3', displayName: '街道干部丙', orgUnitId: 'town-a1', roles: ['township_union_cadre'] }));
    enterpriseCadre = await createUser({ username: 'hz.ent.a2', displayName: '企业干部', orgUnitId: 'ent-a2', roles: ['enterprise_union_cadre'] });
  });

  it('has the root cadre made at installation, from the event the install wrote', async () => {
    const [admin] = await city.sql<{ id: string }>(`SELECT id FROM registration.users WHERE username = 'city.cadre'`);
    expect(await waitForUser(admin.id)).toEqual({
      id: admin.id,
      org_unit_id: 'city',
      display_name: '市总干部',
      roles: ['city_union_cadre'],
      active: true,
      version: 1,
    });
  });

  it('has every user created through POST /users, with unit, name, roles and active', async () => {
    expect(await waitForUser(inspectorAndCadre)).toEqual({
      id: inspectorAndCadre,
      org_unit_id: 'town-a1',
      display_name: '街道干部乙',
      roles: ['township_union_cadre', 'safety_inspector'],
      active: true,
      version: 1,
    });
    for (const id of [...townCadres, enterpriseCadre]) await waitForUser(id);
    expect(await users.find(townCadres[0])).toEqual({
      id: townCadres[0],
      orgUnitId: 'town-a1',
      displayName: '街道干部甲',
      roles: ['township_union_cadre'],
      active: true,
    });
    expect(await users.find(randomUUID())).toBeUndefined();
  });

  it('is told nothing beyond the display name: no mobile, no password, no particulars', async () => {
    const [event] = await city.sql<{ topic: string; message_key: string; envelope: Json; created_at: Date }>(
      `SELECT o.topic, o.message_key, o.envelope, u.created_at
         FROM registration.outbox o JOIN registration.users u ON u.id::text = o.message_key
        WHERE o.event_type = 'user.created' AND o.message_key = $1`,
      [townCadres[0]],
    );
    expect(event.topic).toMatch(/registration\.users$/);
    expect(event.envelope.payload).toEqual({
      userId: townCadres[0],
      orgUnitId: 'town-a1',
      displayName: '街道干部甲',
      roles: ['township_union_cadre'],
      active: true,
      version: 1,
    });
    expect(event.envelope.orgUnitId).toBe('town-a1');
    // The event happened when the user was created: read models order users by it.
    expect(event.envelope.occurredAt).toBe(event.created_at.toISOString());
  });

  it('has workers imported from a file, one event each', async () => {
    const form = new FormData();
    const file = csv(WORKER_HEADER, '张伟,13800000001,team-a1a,男,焊工,高级工', '李娜,13800000002,team-a1a,女,,', '王强,13800000003,ent-a1,男,电工,技师');
    form.append('file', new Blob([new Uint8Array(file)]), 'workers.csv');
    const res = await apiClient(city.registration.url, city.rootToken).post('/users/imports/workers', form);
    expect([res.status, res.body]).toEqual([201, { imported: 3 }]);
    const imported = await city.sql<{ id: string; username: string }>(
      `SELECT id, username FROM registration.users WHERE username IN ('13800000001', '13800000002', '13800000003') ORDER BY username`,
    );
    const rows: DirectoryRow[] = [];
    for (const user of imported) rows.push(await waitForUser(user.id));
    expect(rows.map((r) => [r.display_name, r.org_unit_id, r.roles, r.active, r.version])).toEqual([
      ['张伟', 'team-a1a', ['worker'], true, 1],
      ['李娜', 'team-a1a', ['worker'], true, 1],
      ['王强', 'ent-a1', ['worker'], true, 1],
    ]);
    // Imported together, so created at the same moment: then by id, as registration orders them.
    expect(await approvers.usersWithRoles('team-a1a', ['worker'])).toEqual([imported[0].id, imported[1].id].sort());
  });

  it('names as deciders the active users holding one of the roles, in the order they were created', async () => {
    expect(await approvers.usersWithRoles('town-a1', ['township_union_cadre'])).toEqual(townCadres);
    expect(await approvers.usersWithRoles('town-a1', ['safety_inspector'])).toEqual([inspectorAndCadre]);
    expect(await approvers.usersWithRoles('town-a1', ['judge', 'safety_inspector'])).toEqual([inspectorAndCadre]);
    expect(await approvers.usersWithRoles('town-a1', ['judge'])).toEqual([]);
    expect(await approvers.usersWithRoles('town-a1', [])).toEqual([]);
    // Roles are held at one unit: the township's cadres decide nothing at the county.
    expect(await approvers.usersWithRoles('county-a', ['township_union_cadre'])).toEqual([]);
  });

  it('names nobody at a unit once it is deactivated', async () => {
    expect(await approvers.usersWithRoles('ent-a2', ['enterprise_union_cadre'])).toEqual([enterpriseCadre]);
    const res = await apiClient(city.registration.url, city.rootToken).post('/org-units/ent-a2/deactivate', { reason: '企业注销' });
    expect(res.status).toBe(200);
    await waitFor('hazard-reward to see ent-a2 deactivated', async () => {
      const [unit] = await city.sql<{ active: boolean }>(`SELECT active FROM hazard_reward.org_tree_units WHERE id = 'ent-a2'`);
      return unit?.active === false;
    });
    expect(await approvers.usersWithRoles('ent-a2', ['enterprise_union_cadre'])).toEqual([]);
    // The user is still known (to name them on old records); only their unit takes no new work.
    expect(await users.find(enterpriseCadre)).toMatchObject({ orgUnitId: 'ent-a2', active: true });
  });

  describe('applying events', () => {
    const handler = new UserCreatedHandler(new UserDirectoryListeners());
    const apply = (payload: UserStateV1) => {
      const envelope: EventEnvelope<UserStateV1> = {
        eventId: randomUUID(),
        type: 'user.created',
        version: 1,
        occurredAt: new Date().toISOString(),
        producer: 'registration',
        correlationId: 'user-directory-test',
        orgUnitId: payload.orgUnitId,
        aggregateId: payload.userId,
        payload,
      };
      return hazardReward.transaction((tx) => handler.handle(envelope, new InboxContext(tx)));
    };
    const stateOf = (row: DirectoryRow): UserStateV1 => ({
      userId: row.id,
      orgUnitId: row.org_unit_id,
      displayName: row.display_name,
      roles: row.roles as UserStateV1['roles'],
      active: row.active,
      version: row.version,
    });

    it('keeps the newer version: a replayed older or equal one changes nothing, and an inactive user decides nothing', async () => {
      const current = (await rowOf(inspectorAndCadre))!;
      await apply({ ...stateOf(current), displayName: '重放的旧名' });
      expect(await rowOf(inspectorAndCadre)).toEqual(current);

      await apply({ ...stateOf(current), displayName: '街道干部乙(离任)', active: false, version: 2 });
      const deactivated = { ...current, display_name: '街道干部乙(离任)', active: false, version: 2 };
      expect(await rowOf(inspectorAndCadre)).toEqual(deactivated);
      await apply({ ...stateOf(current), version: 1 });
      expect(await rowOf(inspectorAndCadre)).toEqual(deactivated);

      expect(await approvers.usersWithRoles('town-a1', ['township_union_cadre'])).toEqual([townCadres[0], townCadres[2]]);
      expect(await approvers.usersWithRoles('town-a1', ['safety_inspector'])).toEqual([]);
    });
  });
});
