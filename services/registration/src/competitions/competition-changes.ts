import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { competitionStatusChangedV1, CompetitionStatusChangedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { CommandEvent, CommandScope, OrgUnitRef } from '@lc/platform';
import { CompetitionOrmEntity, CompetitionStatus } from './competition.orm-entity';
import { toCompetitionResponse } from './competition.response.dto';

const statusChangedEvent = (competition: CompetitionOrmEntity, from: CompetitionStatus): CommandEvent<CompetitionStatusChangedV1> => ({
  aggregateId: competition.id,
  orgUnitId: competition.organiserOrgUnitId,
  payload: { competitionId: competition.id, organiserOrgUnitId: competition.organiserOrgUnitId, from, to: competition.status },
});

/** Saves a change to a competition with its audit entry (before and after), and its event when the status moved. */
@Injectable()
export class CompetitionChanges {
  constructor(private readonly outbox: OutboxPublisher) {}

  async save(
    command: CommandScope,
    change: { before: CompetitionOrmEntity; changes: Partial<CompetitionOrmEntity>; action: string; reason?: string | null },
    organiser: OrgUnitRef,
  ): Promise<CompetitionOrmEntity> {
    const { tx } = command;
    const after = tx.create(CompetitionOrmEntity, { ...change.before, ...change.changes, version: change.before.version + 1, updatedAt: new Date() });
    await tx.save(CompetitionOrmEntity, after);
    if (after.status !== change.before.status) await this.statusMoved(command, after, change.before.status);
    await command.audit({
      action: change.action,
      entity: { type: 'competition', id: after.id, orgUnitId: organiser.id, orgPath: organiser.path },
      before: toCompetitionResponse(change.before),
      after: toCompetitionResponse(after),
      reason: change.reason,
    });
    return after;
  }

  /** The competition.status-changed event of a command's change, under the caller's correlation id. */
  async statusMoved({ publish }: CommandScope, competition: CompetitionOrmEntity, from: CompetitionStatus): Promise<void> {
    await publish(competitionStatusChangedV1, statusChangedEvent(competition, from));
  }

  /** The same event where no caller acts (an approval chain's outcome), under the given correlation id. */
  async statusChanged(tx: EntityManager, competition: CompetitionOrmEntity, from: CompetitionStatus, correlationId: string): Promise<void> {
    await this.outbox.publish(tx, competitionStatusChangedV1, { ...statusChangedEvent(competition, from), correlationId });
  }
}
