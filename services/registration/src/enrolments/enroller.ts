import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { enrolmentCreatedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { EnrolmentOrmEntity } from './enrolment.orm-entity';
import { EnrolmentRepository } from './enrolment.repository';
import { auditStateOf } from './enrolment.response.dto';

export interface NewEnrolment {
  competitionId: string;
  unit: OrgUnitOrmEntity;
  enterprise: OrgUnitOrmEntity;
  participants: number;
  leaderName: string | null;
  contactName: string;
  contactPhone: string;
}

/**
 * The one way a unit is enrolled, whether it enrols itself or an approved 工人先锋号 application enrols
 * its team: the row (by the enrolments' repository), its enrolment.created event and its audit entry,
 * in the caller's transaction.
 */
@Injectable()
export class Enroller {
  constructor(
    private readonly enrolments: EnrolmentRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  async enrol(tx: EntityManager, enrolment: NewEnrolment, actor: { userId: string; orgUnitId: string; correlationId: string }): Promise<EnrolmentOrmEntity> {
    const row = await this.enrolments.create(tx, {
      competitionId: enrolment.competitionId,
      unitId: enrolment.unit.id,
      enterpriseUnitId: enrolment.enterprise.id,
      participants: enrolment.participants,
      leaderName: enrolment.leaderName,
      contactName: enrolment.contactName,
      contactPhone: enrolment.contactPhone,
      enrolledBy: actor.userId,
    });
    await this.outbox.publish(tx, enrolmentCreatedV1, {
      aggregateId: row.id,
      orgUnitId: enrolment.unit.id,
      correlationId: actor.correlationId,
      payload: {
        enrolmentId: row.id,
        competitionId: row.competitionId,
        unitId: enrolment.unit.id,
        enterpriseUnitId: enrolment.enterprise.id,
        unitKind: enrolment.unit.kind === 'team' ? 'team' : 'enterprise_union',
        participants: row.participants,
        orgPath: enrolment.unit.path,
      },
    });
    await this.audit.append(tx, {
      actor: { userId: actor.userId, orgUnitId: actor.orgUnitId },
      action: 'enrolment.created',
      entity: { type: 'enrolment', id: row.id, orgUnitId: enrolment.unit.id, orgPath: enrolment.unit.path },
      after: auditStateOf(row),
      correlationId: actor.correlationId,
    });
    return row;
  }
}
