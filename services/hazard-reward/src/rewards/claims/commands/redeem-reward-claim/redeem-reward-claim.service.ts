import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { AccessDenialRecorder, auditActorOf, Caller, ScopeChecker, yuanOf } from '@lc/platform';
import { CLAIM_CODE_LENGTH } from '../../../../reports/anonymous/commands/claim-anonymous-reward/claim-anonymous-reward.service';
import { digestOf, normaliseSecretCode } from '../../../../reports/anonymous/report-key';
import { ClaimAlreadyPaid, ClaimNotFound, InvalidClaimCode } from '../../../reward.errors';
import { SeparationOfDuties } from '../../../../reports/report.errors';

/**
 * The issuing union's finance pays out an anonymous reward against its claim code, once: the claim row
 * is locked and must not be redeemed yet. Who redeems is recorded (they handed over the money); the
 * claim names no reporter. The report's verifier may not pay out its reward.
 */
@Injectable()
export class RedeemRewardClaimService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
    private readonly denials: AccessDenialRecorder,
    private readonly audit: AuditTrail,
  ) {}

  async execute(claimCode: string, caller: Caller) {
    const code = normaliseSecretCode(claimCode, CLAIM_CODE_LENGTH);
    if (!code) throw new InvalidClaimCode();
    return this.dataSource.transaction(async (tx) => {
      const [claim]: { reward_id: string; redeemed_at: Date | null; amount_fen: string; issuing_unit_id: string; issuing_path: string; verified_by: string | null }[] =
        await tx.query(
          `SELECT c.reward_id, c.redeemed_at, w.amount_fen, w.issuing_unit_id, w.issuing_path, r.verified_by
             FROM reward_claims c JOIN rewards w ON w.id = c.reward_id JOIN hazard_reports r ON r.id = w.report_id
            WHERE c.code_digest = $1 FOR UPDATE OF c`,
          [digestOf(code)],
        );
      if (!claim) throw new ClaimNotFound();
      await this.scope.assert(caller, 'write', { orgPath: claim.issuing_path });
      if (claim.verified_by === caller.principal.userId) {
        const refusal = new SeparationOfDuties(
          'separation of duties: you verified the report of this reward, so someone else must pay it out',
          '您核实了这份奖励对应的隐患报告，须由他人兑付',
        );
        await this.denials.record({ ...caller, reason: refusal.message });
        throw refusal;
      }
      if (claim.redeemed_at) throw new ClaimAlreadyPaid(claim.redeemed_at);
      const now = new Date();
      await tx.query(`UPDATE reward_claims SET redeemed_at = $2, redeemed_by = $3 WHERE reward_id = $1 AND redeemed_at IS NULL`, [
        claim.reward_id,
        now,
        caller.principal.userId,
      ]);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'reward.redeemed',
        entity: { type: 'hazard-reward', id: claim.reward_id, orgUnitId: claim.issuing_unit_id, orgPath: claim.issuing_path },
        before: { redeemed: false },
        after: { redeemed: true, amountYuan: yuanOf(claim.amount_fen) },
        correlationId: caller.correlationId,
      });
      return { rewardId: claim.reward_id, amountYuan: yuanOf(claim.amount_fen), redeemedAt: now.toISOString() };
    });
  }
}
