import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { levelOf, OrgLevels } from '@lc/org';
import { Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { competitionOr404 } from '../../enrolment-access';
import { EnrolmentQueries } from '../../enrolments.queries';
import { buildEnrolmentSummary, chinaDateOf, EnrolmentSummary } from './enrolment-summary';
import { SummaryNotAtThisLevel } from '../../enrolment.errors';

@Injectable()
export class EnrolmentSummaryQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: EnrolmentQueries,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  /**
   * Seed 004 attachment 2 for a union above the enterprises (a township or industry union, a county):
   * every unit enrolled under it, by township or industry union, with the totals. Made from the
   * enrolments, never typed.
   */
  async execute(competitionId: string, unitId: string | undefined, caller: Caller, now = new Date()): Promise<EnrolmentSummary> {
    const competition = await competitionOr404(this.dataSource.manager, competitionId);
    const organiser = await this.directory.get(competition.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assertInLineOf(caller, organiser.path, `competition ${competitionId}`);
    const unit = unitId ? await this.directory.getReferenced(unitId, 'unitId') : await this.directory.get(caller.principal.orgUnitId, 'orgUnitId');
    await this.scope.assert(caller, 'read', { orgPath: unit.path });
    if (levelOf(unit.kind) > OrgLevels.township) {
      throw new SummaryNotAtThisLevel(unit, unitId !== undefined && unitId !== '');
    }
    const { rows } = await this.queries.underUnit({ competitionId, underPath: unit.path, status: 'enrolled' });
    return buildEnrolmentSummary({
      competition: { id: competition.id, name: competition.name },
      unit: { id: unit.id, name: unit.name, kind: unit.kind },
      date: chinaDateOf(now),
      rows,
    });
  }
}
