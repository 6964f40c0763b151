import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { enrolmentWithdrawnV1 } from '@lc/contracts';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { takesEnrolments } from '../../../competitions/competition-lifecycle';
import { OrgUnitOrmEntity } from '../../../org-units/org-unit.orm-entity';
import { competitionInLineOr404, competitionOr404 } from '../../enrolment-access';
import { EnrolmentRepository } from '../../enrolment.repository';
import { auditStateOf, EnrolmentResponseDto, toEnrolmentResponse } from '../../enrolment.response.dto';
import { WithdrawEnrolmentRequestDto } from './withdraw-enrolment.request.dto';
import { EnrolmentAlreadyWithdrawn, EnrolmentNotFound, NotTakingEnrolments } from '../../enrolment.errors';

@Injectable()
export class WithdrawEnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly enrolments: EnrolmentRepository,
    private readonly commands: AuditedCommand,
  ) {}

  /**
   * Withdraws an enrolment while the competition still takes enrolments, by whoever may enrol the unit.
   * The row stays (status withdrawn) with its history; its event and audit entry go in the same transaction.
   */
  async execute(competitionId: string, enrolmentId: string, request: WithdrawEnrolmentRequestDto, caller: Caller): Promise<EnrolmentResponseDto> {
    // A competition of another branch is refused before its enrolments are looked up.
    await competitionInLineOr404(this.dataSource.manager, competitionId, { directory: this.directory, scope: this.scope, caller });
    const found = await this.enrolments.inCompetition(competitionId, enrolmentId);
    if (!found) throw new EnrolmentNotFound(competitionId, enrolmentId);
    const unitRef = await this.directory.get(found.unitId, 'unitId');
    await this.scope.assert(caller, 'write', { orgPath: unitRef.path });

    return this.commands.run(caller, async ({ tx, audit, publish }) => {
      await this.enrolments.lockTreeShared(tx);
      const competition = await competitionOr404(tx, competitionId, { lock: true });
      if (!takesEnrolments(competition.status)) throw new NotTakingEnrolments(competition.id, competition.status, 'withdraws');
      const before = await this.enrolments.lock(tx, enrolmentId);
      if (!before) throw new EnrolmentNotFound(competitionId, enrolmentId);
      if (before.status === 'withdrawn') throw new EnrolmentAlreadyWithdrawn(enrolmentId, before.unitId);

      const after = await this.enrolments.withdraw(tx, before);
      const unit = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: before.unitId });
      const enterprise = unit.id === before.enterpriseUnitId ? unit : await tx.findOneByOrFail(OrgUnitOrmEntity, { id: before.enterpriseUnitId });
      await publish(enrolmentWithdrawnV1, {
        aggregateId: enrolmentId,
        orgUnitId: unit.id,
        payload: {
          enrolmentId,
          competitionId,
          unitId: unit.id,
          enterpriseUnitId: before.enterpriseUnitId,
          unitKind: unit.kind === 'team' ? 'team' : 'enterprise_union',
          orgPath: unit.path,
          reason: request.reason.trim(),
        },
      });
      await audit({
        action: 'enrolment.withdrawn',
        entity: { type: 'enrolment', id: enrolmentId, orgUnitId: unit.id, orgPath: unit.path },
        before: auditStateOf(before),
        after: auditStateOf(after),
        reason: request.reason.trim(),
      });
      return toEnrolmentResponse(after, {
        unit: { name: unit.name, kind: unit.kind, path: unit.path },
        enterprise: { name: enterprise.name, industry: enterprise.industry },
      });
    });
  }
}
