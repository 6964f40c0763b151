import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { competitionStatusChangedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { OrgUnitRef } from '@lc/platform';
import { CompetitionOrmEntity, CompetitionStatus } from './competition.orm-entity';
import { toCompetitionResponse } from './competition.response.dto';

export interface ChangeActor {
  userId: string;
  orgUnitId: string;
  correlationId: string;
}

/** Saves a change to a competition with its audit entry (before and after), and its event when the status moved. */
@Injectable()
export class CompetitionChanges {
  constructor(
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  async save(
    tx: EntityManager,
    change: { before: CompetitionOrmEntity; changes: Partial<CompetitionOrmEntity>; action: string; reason?: string | null },
    organiser: OrgUnitRef,
    actor: ChangeActor,
  ): Promise<CompetitionOrmEntity> {
    const after = tx.create(CompetitionOrmEntity, { ...change.before, ...change.changes, version: change.before.version + 1, updatedAt: new Date() });
    await tx.save(CompetitionOrmEntity, after);
    if (after.status !== change.before.status) await this.statusChanged(tx, after, change.before.status, actor.correlationId);
    await this.audit.append(tx, {
      actor: { userId: actor.userId, orgUnitId: actor.orgUnitId },
      action: change.action,
      entity: { type: 'competition', id: after.id, orgUnitId: organiser.id, orgPath: organiser.path },
      before: toCompetitionResponse(change.before),
      after: toCompetitionResponse(after),
      reason: change.reason,
      correlationId: actor.correlationId,
    });
    return after;
  }

  async statusChanged(tx: EntityManager, competition: CompetitionOrmEntity, from: CompetitionStatus, correlationId: string): Promise<void> {
    await this.outbox.publish(tx, competitionStatusChangedV1, {
      aggregateId: competition.id,
      orgUnitId: competition.organiserOrgUnitId,
      correlationId,
      payload: { competitionId: competition.id, organiserOrgUnitId: competition.organiserOrgUnitId, from, to: competition.status },
    });
  }
}
