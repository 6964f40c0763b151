import { Injectable } from '@nestjs/common';
import { AccessDenialRecorder, AuditedCommand, Caller, ScopeChecker, yuanOf } from '@lc/platform';
import { CLAIM_CODE_LENGTH } from '../../../../reports/anonymous/commands/claim-anonymous-reward/claim-anonymous-reward.service';
import { digestOf, normaliseSecretCode } from '../../../../reports/anonymous/report-key';
import { ClaimAlreadyPaid, ClaimNotFound, InvalidClaimCode } from '../../../reward.errors';
import { SeparationOfDuties } from '../../../../reports/report.errors';
import { RewardRepository } from '../../../reward.repository';

/**
 * The issuing union's finance pays out an anonymous reward against its claim code, once: the claim row
 * is locked and must not be redeemed yet. Who redeems is recorded (they handed over the money); the
 * claim names no reporter. The report's verifier may not pay out its reward.
 */
@Injectable()
export class RedeemRewardClaimService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly rewards: RewardRepository,
    private readonly scope: ScopeChecker,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async execute(claimCode: string, caller: Caller) {
    const code = normaliseSecretCode(claimCode, CLAIM_CODE_LENGTH);
    if (!code) throw new InvalidClaimCode();
    return this.commands.run(caller, async ({ tx, audit }) => {
      const claim = await this.rewards.lockClaim(tx, digestOf(code));
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
      await this.rewards.redeem(tx, claim.reward_id, now, caller.principal.userId);
      await audit({
        action: 'reward.redeemed',
        entity: { type: 'hazard-reward', id: claim.reward_id, orgUnitId: claim.issuing_unit_id, orgPath: claim.issuing_path },
        before: { redeemed: false },
        after: { redeemed: true, amountYuan: yuanOf(claim.amount_fen) },
      });
      return { rewardId: claim.reward_id, amountYuan: yuanOf(claim.amount_fen), redeemedAt: now.toISOString() };
    });
  }
}
