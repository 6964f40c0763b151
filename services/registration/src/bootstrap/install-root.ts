import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hashPassword } from '@lc/auth';
import { OutboxPublisher } from '@lc/messaging';
import { pathOf, Role } from '@lc/org';
import { Caller, CommandScope } from '@lc/platform';
import { OrgTreeChanges } from '../org-units/org-tree-changes';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../users/user.orm-entity';
import { UserRegistrar } from '../users/user-registrar';
import { UserRepository } from '../users/user.repository';

export interface RootInstallation {
  unit: { id: string; name: string; kind: 'city_federation' | 'county_federation'; regionCode: string | null };
  admin: { username: string; displayName: string; password: string };
  topicPrefix: string;
}

const adminRoleOf: Record<RootInstallation['unit']['kind'], Role> = {
  city_federation: 'city_union_cadre',
  county_federation: 'county_union_cadre',
};

/**
 * The first unit of a deployment (the union federation that runs it) and its first cadre, who then
 * builds the rest of the tree through the API. Nobody can create a root through the API: it has no
 * parent whose cadre could be asked. Running it again changes nothing that exists.
 */
export async function installRoot(dataSource: DataSource, install: RootInstallation): Promise<{ unitCreated: boolean; adminCreated: boolean }> {
  const audit = new AuditTrail();
  const outbox = new OutboxPublisher('registration', install.topicPrefix);
  const units = new OrgUnitRepository();
  const treeChanges = new OrgTreeChanges(units);
  const users = new UserRepository();
  const registrar = new UserRegistrar(users);
  // The installation acts as the system, at the root it installs: the actor of its audit entries.
  const system: Caller = {
    principal: { userId: 'system', displayName: 'system', orgUnitId: install.unit.id, orgPath: pathOf(null, install.unit.id), roles: [] },
    method: 'INSTALL',
    path: '',
    correlationId: `install-${randomUUID()}`,
  };
  const passwordHash = await hashPassword(install.admin.password);

  return dataSource.transaction(async (tx) => {
    const installation = new CommandScope(tx, system, audit, outbox);
    await units.lockTree(tx);
    let root = await tx.findOneBy(OrgUnitOrmEntity, { id: install.unit.id });
    if (root && root.parentId !== null) throw new Error(`org unit ${root.id} exists but is not a root (it sits under ${root.parentId})`);
    const unitCreated = !root;
    if (!root) {
      const now = new Date();
      root = tx.create(OrgUnitOrmEntity, {
        id: install.unit.id,
        name: install.unit.name,
        kind: install.unit.kind,
        parentId: null,
        path: pathOf(null, install.unit.id),
        regionCode: install.unit.regionCode,
        active: true,
        deactivatedAt: null,
        deactivationReason: null,
        creditCode: null,
        ownership: null,
        aboveScale: null,
        industry: null,
        headcount: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await treeChanges.insertUnits(installation, [root], 'installation');
    }
    const taken = await users.taken(tx, [install.admin.username], []);
    const adminCreated = !taken.usernames.has(install.admin.username.toLowerCase());
    if (adminCreated) {
      const now = new Date();
      const admin = tx.create(UserOrmEntity, {
        id: randomUUID(),
        username: install.admin.username,
        displayName: install.admin.displayName,
        orgUnitId: root.id,
        roles: [adminRoleOf[install.unit.kind]],
        passwordHash,
        passwordChangeRequired: false,
        passwordSetBy: null,
        passwordSetAt: null,
        version: 1,
        active: true,
        gender: null,
        mobile: null,
        trade: null,
        skillGrade: null,
        createdAt: now,
        updatedAt: now,
      });
      await registrar.insert(installation, [admin], () => root.path, 'installation');
    }
    return { unitCreated, adminCreated };
  });
}
