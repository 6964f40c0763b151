import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { awardConferredV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { yuanOf } from '@lc/platform';
import { nominationAuditEntity, nominationRef, NominationRow } from '../nominations/nomination-row';
import { NominationStore } from '../nominations/nomination-store';

/** A certificate number that says the year and honour, and is unique by the nomination's id. */
export const certificateNumberOf = (n: NominationRow): string => `${n.year}-${n.honour_code.toUpperCase()}-${n.id.slice(0, 8).toUpperCase()}`;

/**
 * Conferral once publicity passed: the honour enters the nominee's history (once a year: a unique
 * constraint), and the material reward is paid from the conferring union's competition fund for the
 * year as a ledger entry (once per nomination), only if the fund holds it: the fund is never
 * overdrawn; a reward it cannot hold is noted as waiting.
 */
@Injectable()
export class Conferrer {
  constructor(
    private readonly store: NominationStore,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  async confer(tx: EntityManager, nomination: NominationRow, correlationId: string): Promise<void> {
    const honour = await this.store.honour(nomination.honour_code, tx);
    const certificateNo = certificateNumberOf(nomination);
    const now = new Date();
    await tx.query(
      `INSERT INTO honour_history (nomination_id, honour_code, year, nominee_kind, nominee_id, nominee_name, nominee_path, conferring_unit_id, certificate_no, conferred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [nomination.id, nomination.honour_code, nomination.year, nomination.nominee_kind, nomination.nominee_id, nomination.nominee_name, nomination.nominee_path, nomination.conferring_unit_id, certificateNo, now],
    );
    const reward = BigInt(honour?.material_reward_fen ?? 0);
    let paid = false;
    if (reward > 0n) {
      const [charged]: [unknown[], number] = await tx.query(
        `UPDATE competition_funds SET spent_fen = spent_fen + $3 WHERE unit_id = $1 AND year = $2 AND spent_fen + $3 <= total_fen RETURNING spent_fen`,
        [nomination.conferring_unit_id, nomination.year, reward.toString()],
      );
      paid = charged.length > 0;
      if (paid) {
        await tx.query(`INSERT INTO fund_entries (nomination_id, unit_id, year, amount_fen) VALUES ($1, $2, $3, $4)`, [
          nomination.id,
          nomination.conferring_unit_id,
          nomination.year,
          reward.toString(),
        ]);
      }
    }
    const note = reward === 0n ? null : paid ? null : `the ${nomination.year} competition fund of ${nomination.conferring_unit_id} cannot hold the ${yuanOf(reward)} yuan reward; it waits for the fund`;
    await tx.query(`UPDATE nominations SET status = 'conferred', status_note = $2, updated_at = now() WHERE id = $1`, [nomination.id, note]);
    await this.audit.append(tx, {
      actor: { userId: 'system:awards', orgUnitId: nomination.conferring_unit_id },
      action: 'award.conferred',
      entity: nominationAuditEntity(nomination),
      after: { certificateNo, rewardYuan: yuanOf(reward), rewardPaid: paid },
      reason: note ?? undefined,
      correlationId,
    });
    await this.outbox.publish(tx, awardConferredV1, {
      aggregateId: nomination.id,
      orgUnitId: nomination.conferring_unit_id,
      correlationId,
      occurredAt: now,
      payload: { ...nominationRef(nomination), certificateNo, conferredAt: now.toISOString(), rewardFen: Number(reward), rewardPaid: paid },
    });
  }
}
