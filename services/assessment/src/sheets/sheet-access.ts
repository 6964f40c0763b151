import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isSelfOrDescendant, isStrictDescendant, parentPathOf, Role, unionCadreRoles } from '@lc/org';
import { Caller, ScopeChecker } from '@lc/platform';
import { SheetRow, SheetStatus } from './sheet-row';

/** Who reviews (考核): union cadres, and judges, at a unit above the sheet's unit within the organiser's line. */
export const reviewerRoles: readonly Role[] = [...unionCadreRoles, 'judge'];
/** Who fills in the unit's own side (自评): its union cadre, or the team leader for a team. */
export const selfAssessorRoles: readonly Role[] = ['enterprise_union_cadre', 'team_leader'];

/**
 * Loads sheets with the checks of who may do what: the unit itself (or, for a team, its enterprise's
 * union) writes the self assessment; the upper levels within the organiser's line review; everyone
 * on the sheet's line reads.
 */
@Injectable()
export class SheetAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
  ) {}

  async load(sheetId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<SheetRow & { organiser_path: string }> {
    const [row]: (SheetRow & { organiser_path: string })[] = await manager.query(
      `SELECT s.*, c.organiser_path FROM assessment_sheets s JOIN competition_assessments c ON c.competition_id = s.competition_id
        WHERE s.id = $1 ${lock ? 'FOR UPDATE OF s' : ''}`,
      [sheetId],
    );
    if (!row) throw new NotFoundException(`id: there is no assessment sheet ${sheetId}`);
    return row;
  }

  async readable(sheetId: string, caller: Caller): Promise<SheetRow & { organiser_path: string }> {
    const sheet = await this.load(sheetId);
    await this.scope.assert(caller, 'read', { orgPath: sheet.unit_path });
    return sheet;
  }

  /** The unit's own side: the unit itself, or a team's enterprise union. */
  async assertSelfAssessor(sheet: SheetRow, caller: Caller): Promise<void> {
    const own = caller.principal.orgPath === sheet.unit_path;
    const enterpriseOfTeam = sheet.unit_kind === 'team' && caller.principal.orgPath === parentPathOf(sheet.unit_path);
    if (own || enterpriseOfTeam) return;
    throw new ForbiddenException(`only ${sheet.unit_id} itself${sheet.unit_kind === 'team' ? ' or its enterprise union' : ''} fills in its self assessment`);
  }

  /** A reviewer stands above the unit and within the organiser's line. */
  async assertReviewer(sheet: SheetRow & { organiser_path: string }, caller: Caller): Promise<void> {
    await this.scope.assert(caller, 'write', { orgPath: sheet.unit_path });
    if (!isStrictDescendant(sheet.unit_path, caller.principal.orgPath)) {
      throw new ForbiddenException(`a sheet is reviewed at a level above the unit; your unit ${caller.principal.orgUnitId} is not above ${sheet.unit_id}`);
    }
    if (!isSelfOrDescendant(caller.principal.orgPath, sheet.organiser_path)) {
      throw new ForbiddenException(`the competition is organised at ${sheet.organiser_path}; reviewers are the organiser and the units under it`);
    }
  }

  assertStatus(sheet: SheetRow, allowed: readonly SheetStatus[], doing: string): void {
    if (allowed.includes(sheet.status)) return;
    throw new ConflictException(`sheet ${sheet.id} is ${sheet.status}; ${doing} needs it ${allowed.join(' or ')}`);
  }
}
