import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { enrolmentWithdrawnV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { auditActorOf, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { takesEnrolments } from '../../../competitions/competition-lifecycle';
import { OrgUnitOrmEntity } from '../../../org-units/org-unit.orm-entity';
import { competitionInLineOr404, competitionOr404 } from '../../enrolment-access';
import { EnrolmentOrmEntity } from '../../enrolment.orm-entity';
import { auditStateOf, EnrolmentResponseDto, toEnrolmentResponse } from '../../enrolment.response.dto';
import { TREE_LOCK_SHARED } from '../../enrolment-rules';
import { WithdrawEnrolmentRequestDto } from './withdraw-enrolment.request.dto';
import { EnrolmentAlreadyWithdrawn, EnrolmentNotFound, NotTakingEnrolments } from '../../enrolment.errors';

@Injectable()
export class WithdrawEnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Withdraws an enrolment while the competition still takes enrolments, by whoever may enrol the unit.
   * The row stays (status withdrawn) with its history; its event and audit entry go in the same transaction.
   */
  async execute(competitionId: string, enrolmentId: string, request: WithdrawEnrolmentRequestDto, caller: Caller): Promise<EnrolmentResponseDto> {
    // A competition of another branch is refused before its enrolments are looked up.
    await competitionInLineOr404(this.dataSource.manager, competitionId, { directory: this.directory, scope: this.scope, caller });
    const found = await this.dataSource.getRepository(EnrolmentOrmEntity).findOneBy({ id: enrolmentId, competitionId });
    if (!found) throw new EnrolmentNotFound(competitionId, enrolmentId);
    const unitRef = await this.directory.get(found.unitId, 'unitId');
    await this.scope.assert(caller, 'write', { orgPath: unitRef.path });

    return this.dataSource.transaction(async (tx) => {
      await tx.query(TREE_LOCK_SHARED);
      const competition = await competitionOr404(tx, competitionId, { lock: true });
      if (!takesEnrolments(competition.status)) throw new NotTakingEnrolments(competition.id, competition.status, 'withdraws');
      const before = await tx.findOne(EnrolmentOrmEntity, { where: { id: enrolmentId }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EnrolmentNotFound(competitionId, enrolmentId);
      if (before.status === 'withdrawn') throw new EnrolmentAlreadyWithdrawn(enrolmentId, before.unitId);

      const after = tx.create(EnrolmentOrmEntity, { ...before, status: 'withdrawn', updatedAt: new Date() });
      await tx.update(EnrolmentOrmEntity, { id: enrolmentId }, { status: after.status, updatedAt: after.updatedAt });
      const unit = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: before.unitId });
      const enterprise = unit.id === before.enterpriseUnitId ? unit : await tx.findOneByOrFail(OrgUnitOrmEntity, { id: before.enterpriseUnitId });
      await this.outbox.publish(tx, enrolmentWithdrawnV1, {
        aggregateId: enrolmentId,
        orgUnitId: unit.id,
        correlationId: caller.correlationId,
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
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'enrolment.withdrawn',
        entity: { type: 'enrolment', id: enrolmentId, orgUnitId: unit.id, orgPath: unit.path },
        before: auditStateOf(before),
        after: auditStateOf(after),
        reason: request.reason.trim(),
        correlationId: caller.correlationId,
      });
      return toEnrolmentResponse(after, {
        unit: { name: unit.name, kind: unit.kind, path: unit.path },
        enterprise: { name: enterprise.name, industry: enterprise.industry },
      });
    });
  }
}
