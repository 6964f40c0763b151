import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { decideScope, pathOf } from '@lc/org';
import { anyOf } from '../../../any-of';
import { AccessDenialRecorder, AuditedCommand, Caller } from '@lc/platform';
import { enterpriseColumns, EnterpriseImportRow, ImportTable, validateEnterpriseRows } from '../../import';
import { importRefused } from '../../../spreadsheet-upload/spreadsheet-upload';
import { OrgTreeChanges } from '../../org-tree-changes';
import { OrgUnitRepository } from '../../org-unit.repository';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';
import { placementProblem } from '../../placement';

const header = (key: keyof typeof enterpriseColumns): string => enterpriseColumns[key].headers[0];

/**
 * Imports a register of enterprises all or nothing: every row is checked (the file, then against the
 * tree and the caller's scope), every problem is reported by row and column, and a file with any
 * problem imports nothing, so a cadre fixes the sheet and uploads it again without duplicates.
 */
@Injectable()
export class ImportEnterprisesService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly units: OrgUnitRepository,
    private readonly tree: OrgTreeChanges,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async execute(table: ImportTable, fileName: string, caller: Caller): Promise<{ imported: number; ids: string[] }> {
    const { rows, problems } = validateEnterpriseRows(table);
    const outOfScope: number[] = [];
    const ids = await this.commands.run(caller, async (command) => {
      const { tx } = command;
      await this.units.lockTree(tx);
      const parents = new Map(
        (await tx.findBy(OrgUnitOrmEntity, { id: anyOf([...new Set(rows.map((r) => r.parentId))]) })).map((u) => [u.id, u]),
      );
      const takenIds = new Set((await tx.findBy(OrgUnitOrmEntity, { id: anyOf(rows.map((r) => r.id)) })).map((u) => u.id));
      const takenCodes = new Map(
        (await tx.findBy(OrgUnitOrmEntity, { creditCode: anyOf(rows.map((r) => r.creditCode)) })).map((u) => [u.creditCode, u]),
      );
      const accepted: OrgUnitOrmEntity[] = [];
      const now = new Date();
      for (const row of rows) {
        const problem = (field: string, message: string) => problems.push({ row: row.rowNumber, field, message });
        const parent = parents.get(row.parentId);
        if (parent) accepted.push(unitOf(tx, row, parent, now));
        if (!parent) {
          problem(header('parentId'), `没有编号为 ${row.parentId} 的单位 / there is no org unit '${row.parentId}'`);
        } else {
          const decision = decideScope({ actor: caller.principal, action: 'write', target: { orgPath: parent.path } });
          if (!decision.allowed) {
            outOfScope.push(row.rowNumber);
            problem(header('parentId'), decision.reason);
          } else {
            const placement = placementProblem('enterprise_union', parent);
            if (placement) problem(header('parentId'), placement);
          }
        }
        if (takenIds.has(row.id)) problem(header('id'), `单位编号已存在 / an org unit '${row.id}' already exists`);
        const holder = takenCodes.get(row.creditCode);
        if (holder) {
          problem(header('creditCode'), `已登记 / ${row.creditCode} is already registered for ${holder.id} (${holder.name})`);
        }
      }
      if (problems.length > 0) return null;
      const units = accepted;
      await this.tree.insertUnits(command, units, `imported from ${fileName}`);
      return units.map((u) => u.id);
    });
    if (outOfScope.length > 0) {
      await this.denials.record({ ...caller, reason: `enterprise import: rows ${outOfScope.join(', ')} are outside your subtree` });
    }
    if (!ids) throw importRefused(problems);
    return { imported: ids.length, ids };
  }
}

const unitOf = (tx: EntityManager, row: EnterpriseImportRow, parent: OrgUnitOrmEntity, now: Date): OrgUnitOrmEntity =>
  tx.create(OrgUnitOrmEntity, {
    id: row.id,
    name: row.name,
    kind: 'enterprise_union',
    parentId: parent.id,
    path: pathOf(parent.path, row.id),
    regionCode: row.regionCode ?? parent.regionCode,
    active: true,
    deactivatedAt: null,
    deactivationReason: null,
    creditCode: row.creditCode,
    ownership: row.ownership,
    aboveScale: row.aboveScale,
    industry: row.industry,
    headcount: row.headcount,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });


