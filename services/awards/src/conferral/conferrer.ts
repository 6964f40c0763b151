import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { awardConferredV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { yuanOf } from '@lc/platform';
import { nominationAuditEntity, nominationRef, NominationRow } from '../nominations/nomination.row';
import { NominationRepository } from '../nominations/nomination.repository';
import { CompetitionFundRepository } from '../catalogue/competition-fund.repository';
import { HonourRepository } from '../catalogue/honour.repository';

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
    private readonly nominations: NominationRepository,
    private readonly honours: HonourRepository,
    private readonly funds: CompetitionFundRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  async confer(tx: EntityManager, nomination: NominationRow, correlationId: string): Promise<void> {
    const honour = await this.honours.byCode(nomination.honour_code, tx);
    const certificateNo = certificateNumberOf(nomination);
    const now = new Date();
    await this.nominations.recordConferral(tx, nomination, certificateNo, now);
    const reward = BigInt(honour?.material_reward_fen ?? 0);
    const paid = reward > 0n && (await this.funds.pay(tx, nomination.id, nomination.conferring_unit_id, nomination.year, reward));
    const note = reward === 0n ? null : paid ? null : `the ${nomination.year} competition fund of ${nomination.conferring_unit_id} cannot hold the ${yuanOf(reward)} yuan reward; it waits for the fund`;
    await this.nominations.markConferred(tx, nomination.id, note);
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
