import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isSelfOrDescendant, isStrictDescendant, parentPathOf, Role, unionCadreRoles } from '@lc/org';
import { Caller, ScopeChecker } from '@lc/platform';
import { SheetRow, SheetStatus } from './sheet.row';
import { SheetRepository, SheetWithOrganiser } from './sheet.repository';
import { NotYourSheet, SheetStatusRefused } from './sheet.errors';

/** Who reviews (考核): union cadres, and judges, at a unit above the sheet's unit within the organiser's line. */
export const reviewerRoles: readonly Role[] = [...unionCadreRoles, 'judge'];
/** Who fills in the unit's own side (自评): its union cadre, or the team leader for a team. */
export const selfAssessorRoles: readonly Role[] = ['enterprise_union_cadre', 'team_leader'];

/**
 * Loads sheets (through the repository) with the checks of who may do what: the unit itself (or, for a team, its enterprise's
 * union) writes the self assessment; the upper levels within the organiser's line review; everyone
 * on the sheet's line reads.
 */
@Injectable()
export class SheetAccess {
  constructor(
    private readonly repository: SheetRepository,
    private readonly scope: ScopeChecker,
  ) {}

  load(sheetId: string, manager?: EntityManager, lock = false): Promise<SheetWithOrganiser> {
    return this.repository.load(sheetId, manager, lock);
  }

  async readable(sheetId: string, caller: Caller): Promise<SheetWithOrganiser> {
    const sheet = await this.load(sheetId);
    await this.scope.assert(caller, 'read', { orgPath: sheet.unit_path });
    return sheet;
  }

  /** The unit's own side: the unit itself, or a team's enterprise union. */
  async assertSelfAssessor(sheet: SheetRow, caller: Caller): Promise<void> {
    const own = caller.principal.orgPath === sheet.unit_path;
    const enterpriseOfTeam = sheet.unit_kind === 'team' && caller.principal.orgPath === parentPathOf(sheet.unit_path);
    if (own || enterpriseOfTeam) return;
    throw new NotYourSheet(
      `only ${sheet.unit_id} itself${sheet.unit_kind === 'team' ? ' or its enterprise union' : ''} fills in its self assessment`,
      `只有 ${sheet.unit_id} 本单位${sheet.unit_kind === 'team' ? '或其企业工会' : ''}才能填写自评`,
    );
  }

  /** A reviewer stands above the unit and within the organiser's line. */
  async assertReviewer(sheet: SheetRow & { organiser_path: string }, caller: Caller): Promise<void> {
    await this.scope.assert(caller, 'write', { orgPath: sheet.unit_path });
    if (!isStrictDescendant(sheet.unit_path, caller.principal.orgPath)) {
      throw new NotYourSheet(
        `a sheet is reviewed at a level above the unit; your unit ${caller.principal.orgUnitId} is not above ${sheet.unit_id}`,
        '考核表由被考核单位的上级单位审核；您所在单位不是其上级',
      );
    }
    if (!isSelfOrDescendant(caller.principal.orgPath, sheet.organiser_path)) {
      throw new NotYourSheet(
        `the competition is organised at ${sheet.organiser_path}; reviewers are the organiser and the units under it`,
        '审核人须为竞赛组织单位或其下属单位',
      );
    }
  }

  assertStatus(sheet: SheetRow, allowed: readonly SheetStatus[], doing: string): void {
    if (allowed.includes(sheet.status)) return;
    throw new SheetStatusRefused(sheet.id, sheet.status, doing, allowed);
  }
}
