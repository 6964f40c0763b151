import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { AccessDenialRecorder, Caller, yuanOf } from '@lc/platform';
import { reporterActor } from '../../../reporter-tag';
import { AnonymousReportKeys } from '../../anonymous-report-keys';
import { digestOf, newSecretCode, normaliseSecretCode } from '../../report-key';
import { RewardNotClaimable, SeparationOfDuties } from '../../../report.errors';
import { HazardReportRepository } from '../../../hazard-report.repository';
import { RewardRepository } from '../../../../rewards/reward.repository';

export const CLAIM_CODE_LENGTH = 16;

/**
 * The reward of an anonymous report is paid into the report's own reward account (reporter-of:<id>),
 * since nobody knows whose it is. Its reporter claims it with the key and PIN and gets a one-time claim
 * code (兑奖码), shown once, which they present to the issuing union's finance to be paid out in cash or
 * to an account of their choosing, there and then; the union redeems the code once. One claim per
 * reward (the primary key), so the money leaves the account once.
 *
 * Separation of duties: the reporter of an anonymous report cannot be told from anyone else, so "the
 * verifier is never the reporter" is enforced here instead: the person who verified the report cannot
 * claim its reward, from any account they are signed in with.
 */
@Injectable()
export class ClaimAnonymousRewardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: AnonymousReportKeys,
    private readonly reports: HazardReportRepository,
    private readonly rewards: RewardRepository,
    private readonly denials: AccessDenialRecorder,
    private readonly audit: AuditTrail,
  ) {}

  async execute(reportKey: string, pin: string, caller: Caller) {
    const reportId = await this.keys.unlock(reportKey, pin);
    const code = newSecretCode(CLAIM_CODE_LENGTH);
    return this.dataSource.transaction(async (tx) => {
      // The key opened this report: it exists.
      const report = (await this.reports.verification(tx, reportId)) as { status: string; verified_by: string | null; enterprise_unit_id: string };
      const reward = await this.rewards.lockOfReport(tx, reportId);
      if (!reward) {
        throw new RewardNotClaimable(`reward: this report has no reward; it is ${report.status}, and only a confirmed hazard is rewarded`, '该报告没有奖励：只有核实属实的隐患才有奖励');
      }
      if (reward.status !== 'paid') {
        throw new RewardNotClaimable(
          `reward: the reward is ${reward.status}${reward.status_note ? ` (${reward.status_note})` : ''}; it can be claimed once it is paid`,
          '奖励尚未发放，发放后才能领取',
        );
      }
      if (report.verified_by === caller.principal.userId) {
        const refusal = new SeparationOfDuties('separation of duties: you verified this report, so its reward cannot be claimed by you', '您核实了这份报告，不能领取它的奖励');
        await this.denials.record({ ...caller, reason: refusal.message });
        throw refusal;
      }
      const now = new Date();
      if (!(await this.rewards.claim(tx, reward.id, digestOf(normaliseSecretCode(code, CLAIM_CODE_LENGTH) as string), now))) {
        const claimedAt = await this.rewards.claimedAt(tx, reward.id);
        throw new RewardNotClaimable(`reward: already claimed at ${claimedAt.toISOString()}; its claim code was shown then, once`, '奖励已经领取过，兑奖码只在领取时显示一次');
      }
      await this.audit.append(tx, {
        actor: reporterActor(reportId, report.enterprise_unit_id),
        action: 'reward.claimed',
        entity: { type: 'hazard-reward', id: reward.id, orgUnitId: reward.issuing_unit_id as string, orgPath: reward.issuing_path as string },
        after: { claimed: true, amountYuan: yuanOf(reward.amount_fen) },
        // Not the request's: an app may send one correlation id with requests that name the user.
        correlationId: randomUUID(),
      });
      return {
        claimCode: code,
        amountYuan: yuanOf(reward.amount_fen),
        issuingUnitId: reward.issuing_unit_id,
        notice:
          `凭兑奖码到 ${reward.issuing_unit_id} 工会财务领取奖励，兑奖码只显示这一次、只能使用一次。` +
          `Present this claim code to the finance of ${reward.issuing_unit_id} to be paid the reward; it is shown only this once and is used once.`,
      };
    });
  }
}
