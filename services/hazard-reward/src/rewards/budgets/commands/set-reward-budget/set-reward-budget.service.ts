import { ForbiddenException, Injectable } from '@nestjs/common';
import { AccessDenialRecorder, AuditedCommand, Caller, CommandScope, fenOf, OrgDirectory, ScopeChecker, yuanOf } from '@lc/platform';
import { lockUnionForMoneySetting } from '../../../duties/reward-duty-lock';
import { RewardIssuer } from '../../../issuing/reward-issuer';
import { RewardBudgetRepository } from '../../reward-budget.repository';
import { RewardQueries } from '../../../rewards.queries';
import { SetRewardBudgetRequestDto } from './set-reward-budget.request.dto';
import { BudgetBelowCommitted, TeamIsNotAUnion, YearOutOfRange } from '../../../reward.errors';
import { SeparationOfDuties } from '../../../../reports/report.errors';

/**
 * Sets a union's yearly reward budget; raising it issues the rewards that were waiting, in order.
 * Separation of duties: whoever sets a union's budget for a year is recorded and may not verify the
 * reports it pays (see VerificationDuties), and whoever verified a report it pays may not set it.
 */
@Injectable()
export class SetRewardBudgetService {
  constructor(
    private readonly queries: RewardQueries,
    private readonly commands: AuditedCommand,
    private readonly budgets: RewardBudgetRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly issuer: RewardIssuer,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async execute(unitId: string, year: number, request: SetRewardBudgetRequestDto, caller: Caller) {
    if (year < 2000 || year > 2100) throw new YearOutOfRange();
    const unit = await this.directory.get(unitId, 'unitId');
    if (unit.kind === 'team') throw new TeamIsNotAUnion('unitId', `${unit.id} is a team; budgets belong to unions`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    const total = fenOf(request.totalYuan);
    const released = await this.inTransaction(caller, async ({ tx, audit }) => {
      // Checked under the lock a verification takes too, so that the two cannot pass each other.
      await lockUnionForMoneySetting(tx, unit.id);
      // A confirmed report whose reward is not worked out yet may still be paid from this budget.
      const verified = await this.budgets.verifiedReportPaidFrom(tx, unit, year, caller.principal.userId);
      if (verified) {
        const pays = verified.pending ? 'is still being worked out and may come from' : 'comes from';
        throw new SeparationOfDuties(
          `separation of duties: you verified report ${verified.id}, whose reward ${pays} ${unit.id}'s ${year} budget; someone else must set this budget`,
          `您核实的一份报告的奖励由这份 ${year} 年预算支付，须由他人设定该预算`,
        );
      }
      const before = await this.budgets.lockOrCreate(tx, unit, year);
      if (BigInt(total) < BigInt(before.committed_fen)) {
        throw new BudgetBelowCommitted(yuanOf(before.committed_fen), year);
      }
      await this.budgets.setTotal(tx, unit.id, year, total, caller.principal.userId);
      await audit({
        action: 'reward-budget.set',
        entity: { type: 'reward-budget', id: `${unit.id}:${year}`, orgUnitId: unit.id, orgPath: unit.path },
        before: { totalYuan: yuanOf(before.total_fen) },
        after: { totalYuan: yuanOf(total) },
      });
      return this.issuer.releaseQueued(tx, unit.id, year, caller.correlationId);
    });
    return { ...(await this.queries.budget(unit.id, year)), releasedFromQueue: released };
  }

  /** The change in one transaction; a refusal of duty is recorded like any 403, after the rollback. */
  private async inTransaction<T>(caller: Caller, work: (command: CommandScope) => Promise<T>): Promise<T> {
    try {
      return await this.commands.run(caller, work);
    } catch (err) {
      if (err instanceof ForbiddenException) await this.denials.record({ ...caller, reason: err.message });
      throw err;
    }
  }
}
