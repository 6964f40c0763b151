import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { awardWithdrawnV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import type { ObjectionRecord, PublicityOutcomeRecord, PublicityPeriodActivities, RulingRecord } from '@lc/workflows';
import { HonourQuotaRepository } from '../catalogue/honour-quota.repository';
import { Conferrer } from '../conferral/conferrer';
import { nominationAuditEntity, nominationRef } from '../nominations/nomination.row';
import { NominationRepository } from '../nominations/nomination.repository';
import { WaitingList } from './waiting-list';

/**
 * The publicity period's activities. The outcome: passed, the honour is conferred; withdrawn (an
 * objection upheld), the nomination is withdrawn and its quota place goes to the first waiting (候补). The nomination row is
 * locked and must still be in publicity, so a retried activity does nothing twice. Objections and
 * rulings the workflow accepted are stored with their audit entries, once each.
 */
@Injectable()
export class PublicityOutcomeRecorder implements PublicityPeriodActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly nominations: NominationRepository,
    private readonly quotas: HonourQuotaRepository,
    private readonly conferrer: Conferrer,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
    private readonly waitingList: WaitingList,
  ) {}

  async recordObjection(record: ObjectionRecord): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const nomination = await this.nominations.load(record.nominationId, tx);
      const lodged = await this.nominations.lodgeObjection(tx, {
        id: record.objectionId,
        nominationId: record.nominationId,
        lodgedBy: record.lodgedBy.userId,
        reason: record.reason,
      });
      if (!lodged) return;
      await this.audit.append(tx, {
        actor: record.lodgedBy,
        action: 'nomination.objection-lodged',
        entity: nominationAuditEntity(nomination),
        after: { objectionId: record.objectionId },
        reason: record.reason,
        correlationId: record.correlationId,
      });
    });
  }

  async recordRuling(record: RulingRecord): Promise<void> {
    const status = record.upheld ? 'upheld' : 'dismissed';
    await this.dataSource.transaction(async (tx) => {
      const nomination = await this.nominations.load(record.nominationId, tx);
      const ruled = await this.nominations.ruleOnObjection(tx, {
        objectionId: record.objectionId,
        nominationId: record.nominationId,
        status,
        ruledBy: record.ruledBy.userId,
        note: record.note,
      });
      if (!ruled) return;
      await this.audit.append(tx, {
        actor: record.ruledBy,
        action: `nomination.objection-${status}`,
        entity: nominationAuditEntity(nomination),
        after: { objectionId: record.objectionId, status },
        reason: record.note,
        correlationId: record.correlationId,
      });
    });
  }

  async recordPublicityOutcome(record: PublicityOutcomeRecord): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const nomination = await this.nominations.load(record.nominationId, tx, true);
      if (nomination.status !== 'publicity') return;
      const correlationId = `publicity-${nomination.id}`;
      if (record.outcome === 'passed') {
        await this.conferrer.confer(tx, nomination, correlationId);
        return;
      }
      const reason = await this.nominations.objectionReason(tx, record.objectionId);
      await this.nominations.withdraw(tx, nomination.id, `withdrawn: objection upheld (${reason ?? record.objectionId})`);
      await this.quotas.freePlace(tx, nomination);
      await this.audit.append(tx, {
        actor: { userId: 'system:awards', orgUnitId: nomination.conferring_unit_id },
        action: 'nomination.withdrawn',
        entity: nominationAuditEntity(nomination),
        after: { status: 'withdrawn', quotaPlaceFreed: true },
        reason,
        correlationId,
      });
      await this.outbox.publish(tx, awardWithdrawnV1, {
        aggregateId: nomination.id,
        orgUnitId: nomination.conferring_unit_id,
        correlationId,
        payload: { ...nominationRef(nomination), objectionId: record.objectionId, reason: reason ?? 'objection upheld' },
      });
      // The freed place goes to the first waiting, in this transaction: never stranded, never given twice.
      await this.waitingList.fillFreePlaces(tx, nomination, { placeFreedBy: nomination.id, objectionId: record.objectionId }, correlationId);
    });
  }
}
