import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { awardWithdrawnV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import type { PublicityOutcomeRecord, PublicityPeriodActivities } from '@lc/workflows';
import { Conferrer } from '../conferral/conferrer';
import { nominationAuditEntity, nominationRef } from '../nominations/nomination-row';
import { NominationStore } from '../nominations/nomination-store';

/**
 * The publicity period's activity. Passed: the honour is conferred. Withdrawn (an objection upheld):
 * the nomination is withdrawn and its quota place freed. The nomination row is locked and must still
 * be in publicity, so a retried activity does nothing twice.
 */
@Injectable()
export class PublicityOutcomeRecorder implements PublicityPeriodActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: NominationStore,
    private readonly conferrer: Conferrer,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

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
    });
  }
}
