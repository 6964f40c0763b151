import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { awardWithdrawnV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import type { ObjectionRecord, PublicityOutcomeRecord, PublicityPeriodActivities, RulingRecord } from '@lc/workflows';
import { Conferrer } from '../conferral/conferrer';
import { nominationAuditEntity, nominationRef } from '../nominations/nomination-row';
import { NominationStore } from '../nominations/nomination-store';
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
    private readonly store: NominationStore,
    private readonly conferrer: Conferrer,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
    private readonly waitingList: WaitingList,
  ) {}

  async recordObjection(record: ObjectionRecord): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const nomination = await this.store.load(record.nominationId, tx);
      const inserted: unknown[] = await tx.query(
        `INSERT INTO objections (id, nomination_id, lodged_by, reason, status) VALUES ($1, $2, $3, $4, 'pending')
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [record.objectionId, record.nominationId, record.lodgedBy.userId, record.reason],
      );
      if (inserted.length === 0) return;
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
      const nomination = await this.store.load(record.nominationId, tx);
      const [updated]: [unknown[], number] = await tx.query(
        `UPDATE objections SET status = $2, ruled_by = $3, ruling_note = $4, ruled_at = now()
          WHERE id = $1 AND nomination_id = $5 AND status = 'pending' RETURNING id`,
        [record.objectionId, status, record.ruledBy.userId, record.note, record.nominationId],
      );
      if (updated.length === 0) return;
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
      const nomination = await this.store.load(record.nominationId, tx, true);
      if (nomination.status !== 'publicity') return;
      const correlationId = `publicity-${nomination.id}`;
      if (record.outcome === 'passed') {
        await this.conferrer.confer(tx, nomination, correlationId);
        return;
      }
      const [objection]: { reason: string }[] = await tx.query(`SELECT reason FROM objections WHERE id = $1`, [record.objectionId]);
      await tx.query(`UPDATE nominations SET status = 'withdrawn', holds_quota = false, status_note = $2, updated_at = now() WHERE id = $1`, [
        nomination.id,
        `withdrawn: objection upheld (${objection?.reason ?? record.objectionId})`,
      ]);
      await tx.query(`UPDATE honour_quotas SET taken = taken - 1 WHERE honour_code = $1 AND conferring_unit_id = $2 AND year = $3`, [
        nomination.honour_code,
        nomination.conferring_unit_id,
        nomination.year,
      ]);
      await this.audit.append(tx, {
        actor: { userId: 'system:awards', orgUnitId: nomination.conferring_unit_id },
        action: 'nomination.withdrawn',
        entity: nominationAuditEntity(nomination),
        after: { status: 'withdrawn', quotaPlaceFreed: true },
        reason: objection?.reason,
        correlationId,
      });
      await this.outbox.publish(tx, awardWithdrawnV1, {
        aggregateId: nomination.id,
        orgUnitId: nomination.conferring_unit_id,
        correlationId,
        payload: { ...nominationRef(nomination), objectionId: record.objectionId, reason: objection?.reason ?? 'objection upheld' },
      });
      // The freed place goes to the first waiting, in this transaction: never stranded, never given twice.
      await this.waitingList.fillFreePlaces(tx, nomination, { placeFreedBy: nomination.id, objectionId: record.objectionId }, correlationId);
    });
  }
}
