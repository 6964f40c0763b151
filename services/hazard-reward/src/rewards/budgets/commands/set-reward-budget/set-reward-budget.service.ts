import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { auditActorOf, Caller, fenOf, OrgDirectory, ScopeChecker, yuanOf } from '@lc/platform';
import { RewardIssuer } from '../../../issuing/reward-issuer';
import { rewardBudgetView } from '../../reward-budget.view';
import { SetRewardBudgetRequestDto } from './set-reward-budget.request.dto';

/** Sets a union's yearly reward budget; raising it issues the rewards that were waiting, in order. */
@Injectable()
export class SetRewardBudgetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly issuer: RewardIssuer,
    private readonly audit: AuditTrail,
  ) {}

  async execute(unitId: string, year: number, request: SetRewardBudgetRequestDto, caller: Caller) {
    if (year < 2000 || year > 2100) throw new BadRequestException('year: must be a year from 2000 to 2100');
    const unit = await this.directory.get(unitId, 'unitId');
    if (unit.kind === 'team') throw new BadRequestException(`unitId: ${unit.id} is a team; budgets belong to unions`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    const total = fenOf(request.totalYuan);
    const released = await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO reward_budgets (issuing_unit_id, year, issuing_path, total_fen) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`,
        [unit.id, year, unit.path],
      );
      const [before]: { total_fen: string; committed_fen: string }[] = await tx.query(
        `SELECT total_fen, committed_fen FROM reward_budgets WHERE issuing_unit_id = $1 AND year = $2 FOR UPDATE`,
        [unit.id, year],
      );
      if (BigInt(total) < BigInt(before.committed_fen)) {
        throw new ConflictException(
          `totalYuan: ${yuanOf(before.committed_fen)} yuan of the ${year} budget is already committed to issued rewards; the total cannot go below it`,
        );
      }
      await tx.query(`UPDATE reward_budgets SET total_fen = $3, updated_at = now() WHERE issuing_unit_id = $1 AND year = $2`, [unit.id, year, total]);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'reward-budget.set',
        entity: { type: 'reward-budget', id: `${unit.id}:${year}`, orgUnitId: unit.id, orgPath: unit.path },
        before: { totalYuan: yuanOf(before.total_fen) },
        after: { totalYuan: yuanOf(total) },
        correlationId: caller.correlationId,
      });
      return this.issuer.releaseQueued(tx, unit.id, year, caller.correlationId);
    });
    return { ...(await rewardBudgetView(this.dataSource.manager, unit.id, year)), releasedFromQueue: released };
  }
}
