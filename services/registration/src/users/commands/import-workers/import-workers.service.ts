import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { decideScope } from '@lc/org';
import { anyOf } from '../../../any-of';
import { AccessDenialRecorder, AuditedCommand, Caller } from '@lc/platform';
import { ImportTable, validateWorkerRows, workerColumns } from '../../../org-units/import';
import { OrgUnitOrmEntity } from '../../../org-units/org-unit.orm-entity';
import { importRefused } from '../../../spreadsheet-upload/spreadsheet-upload';
import { UserOrmEntity } from '../../user.orm-entity';
import { UserRegistrar } from '../../user-registrar';
import { UserRepository } from '../../user.repository';

/** Every row's unit was found above, or the row would have been a problem. */
function pathOfKnown(units: Map<string, OrgUnitOrmEntity>, unitId: string): string {
  const unit = units.get(unitId);
  if (!unit) throw new Error(`worker import: unit ${unitId} was not loaded`);
  return unit.path;
}

const header = (key: keyof typeof workerColumns): string => workerColumns[key].headers[0];

/**
 * Imports workers (职工) into teams and enterprises of the caller's subtree, all or nothing, each as a
 * user with the worker role whose username is their mobile. They log in once a cadre sets a password.
 */
@Injectable()
export class ImportWorkersService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly users: UserRepository,
    private readonly registrar: UserRegistrar,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async execute(table: ImportTable, fileName: string, caller: Caller): Promise<{ imported: number }> {
    const { rows, problems } = validateWorkerRows(table);
    const outOfScope: number[] = [];
    const imported = await this.commands.run(caller, async (command) => {
      const { tx } = command;
      const units = new Map((await tx.findBy(OrgUnitOrmEntity, { id: anyOf([...new Set(rows.map((r) => r.unitId))]) })).map((u) => [u.id, u]));
      const taken = await this.users.taken(tx, rows.map((r) => r.mobile), rows.map((r) => r.mobile));
      for (const row of rows) {
        const problem = (field: string, message: string) => problems.push({ row: row.rowNumber, field, message });
        const unit = units.get(row.unitId);
        if (!unit) {
          problem(header('unitId'), `没有编号为 ${row.unitId} 的单位 / there is no org unit '${row.unitId}'`);
        } else {
          const decision = decideScope({ actor: caller.principal, action: 'write', target: { orgPath: unit.path } });
          if (!decision.allowed) {
            outOfScope.push(row.rowNumber);
            problem(header('unitId'), decision.reason);
          } else {
            const binding = this.registrar.bindingProblem(['worker'], unit);
            if (binding) problem(header('unitId'), binding);
          }
        }
        if (taken.mobiles.has(row.mobile) || taken.usernames.has(row.mobile)) {
          problem(header('mobile'), `该手机号已有账号 / ${row.mobile} already belongs to a user`);
        }
      }
      if (problems.length > 0) return null;
      const now = new Date();
      const users = rows.map((row) =>
        tx.create(UserOrmEntity, {
          id: randomUUID(),
          username: row.mobile,
          displayName: row.name,
          orgUnitId: row.unitId,
          roles: ['worker'],
          passwordHash: null,
          passwordChangeRequired: false,
          passwordSetBy: null,
          passwordSetAt: null,
          version: 1,
          active: true,
          gender: row.gender,
          mobile: row.mobile,
          trade: row.trade,
          skillGrade: row.skillGrade,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.registrar.insert(command, users, (id) => pathOfKnown(units, id), `imported from ${fileName}`);
      return users.length;
    });
    if (outOfScope.length > 0) {
      await this.denials.record({ ...caller, reason: `worker import: rows ${outOfScope.join(', ')} are outside your subtree` });
    }
    if (imported === null) throw importRefused(problems);
    return { imported };
  }
}
