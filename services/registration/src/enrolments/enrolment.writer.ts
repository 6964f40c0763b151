import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { enrolmentCreatedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { OrgUnitOrmEntity } from '../org-units/org-unit.orm-entity';
import { EnrolmentOrmEntity } from './enrolment.orm-entity';
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
 * The one way an enrolment is written, whether a unit enrols itself or an approved 工人先锋号 application
 * enrols its team: the row, its enrolment.created event and its audit entry, in the caller's transaction.
 */
@Injectable()
export class EnrolmentWriter {
  constructor(
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  async record(tx: EntityManager, enrolment: NewEnrolment, actor: { userId: string; orgUnitId: string; correlationId: string }): Promise<EnrolmentOrmEntity> {
    const now = new Date();
    const row = tx.create(EnrolmentOrmEntity, {
      id: randomUUID(),
      competitionId: enrolment.competitionId,
      unitId: enrolment.unit.id,
      enterpriseUnitId: enrolment.enterprise.id,
      participants: enrolment.participants,
      leaderName: enrolment.leaderName,
      contactName: enrolment.contactName,
      contactPhone: enrolment.contactPhone,
      status: 'enrolled',
      enrolledBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(EnrolmentOrmEntity, row);
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
