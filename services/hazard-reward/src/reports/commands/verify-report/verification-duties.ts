import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller, chinaDayOf, chinaYearOf } from '@lc/platform';
import { idsOfPath } from '@lc/org';
import { lockUnionsForVerification } from '../../../rewards/duties/reward-duty-lock';
import type { ReportRow } from '../../report.row';
import { SeparationOfDuties } from '../../report.errors';
import { RewardSchemeRepository } from '../../../rewards/schemes/reward-scheme.repository';
import { RewardBudgetRepository } from '../../../rewards/budgets/reward-budget.repository';

/**
 * Separation of duties for the money a verification releases: a reward below the approval threshold
 * is issued on the verifier's word alone, so the verifier must be neither the reporter (of a named
 * report; an anonymous report's reward cannot be claimed by its verifier, see the claim) nor the person
 * who set the amounts that pay it (the creator of the reward scheme that applies to the report) nor
 * anyone who set the budget that pays it (the issuing union's budget for the report's year). Each
 * refusal says which duty conflicts; it is 403 and changes nothing.
 */
@Injectable()
export class VerificationDuties {
  constructor(
    private readonly schemes: RewardSchemeRepository,
    private readonly budgets: RewardBudgetRepository,
  ) {}

  async assertMayVerify(tx: EntityManager, report: ReportRow, callerTag: string, caller: Caller): Promise<void> {
    if (report.reporter_tag !== null && report.reporter_tag === callerTag) {
      throw new SeparationOfDuties('you reported this hazard yourself; someone else must verify it', '这条隐患是您本人报告的，须由他人核实');
    }
    // Until this transaction ends, nobody sets a budget or creates a scheme of a union above the report.
    await lockUnionsForVerification(tx, idsOfPath(report.enterprise_path));
    // The scheme the reward will come from: the nearest valid on the day of the report (as the schemes' `applicable` picks).
    const scheme = await this.schemes.creatorOfApplicable(tx, report.enterprise_path, chinaDayOf(report.reported_at));
    if (!scheme) return;
    const me = caller.principal.userId;
    if (scheme.created_by === me) {
      throw new SeparationOfDuties(
        `separation of duties: you set the reward scheme "${scheme.name}" of ${scheme.issuing_unit_id} that pays this report; someone else must verify it`,
        `您制定了支付这份报告奖励的奖励办法“${scheme.name}”，须由他人核实`,
      );
    }
    const year = chinaYearOf(report.reported_at);
    if (await this.budgets.isSetter(tx, scheme.issuing_unit_id, year, me)) {
      throw new SeparationOfDuties(
        `separation of duties: you set ${scheme.issuing_unit_id}'s ${year} reward budget that pays this report; someone else must verify it`,
        `您设定了支付这份报告奖励的 ${year} 年预算，须由他人核实`,
      );
    }
  }
}
