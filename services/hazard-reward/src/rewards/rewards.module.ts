import { Module, OnModuleInit } from '@nestjs/common';
import { TemporalWorkerHost } from '@lc/platform';
import { TaskQueues, workflowCode } from '@lc/workflows';
import { UnitInScope } from '../unit-in-scope';
import { RedeemRewardClaimHttpController } from './claims/commands/redeem-reward-claim/redeem-reward-claim.http.controller';
import { RedeemRewardClaimService } from './claims/commands/redeem-reward-claim/redeem-reward-claim.service';
import { GetRewardBudgetHttpController } from './budgets/queries/get-reward-budget/get-reward-budget.http.controller';
import { SetRewardBudgetHttpController } from './budgets/commands/set-reward-budget/set-reward-budget.http.controller';
import { SetRewardBudgetService } from './budgets/commands/set-reward-budget/set-reward-budget.service';
import { HazardConfirmedHandler } from './issuing/hazard-confirmed.handler';
import { RewardApproval } from './issuing/reward-approval';
import { RewardApprovalOutcome } from './issuing/reward.approval-outcome';
import { RewardApprovalRetry } from './issuing/reward-approval-retry';
import { RewardIssuer } from './issuing/reward-issuer';
import { RewardPayer } from './payment/reward-payer';
import { GetRewardHttpController } from './queries/get-reward/get-reward.http.controller';
import { ListRewardsHttpController } from './queries/list-rewards/list-rewards.http.controller';
import { CreateRewardSchemeHttpController } from './schemes/commands/create-reward-scheme/create-reward-scheme.http.controller';
import { CreateRewardSchemeService } from './schemes/commands/create-reward-scheme/create-reward-scheme.service';
import { CorrectRewardSchemeHttpController } from './schemes/commands/correct-reward-scheme/correct-reward-scheme.http.controller';
import { CorrectRewardSchemeService } from './schemes/commands/correct-reward-scheme/correct-reward-scheme.service';
import { ListRewardSchemesHttpController } from './schemes/queries/list-reward-schemes/list-reward-schemes.http.controller';
import { RewardRepository } from './reward.repository';
import { RewardQueries } from './rewards.queries';
import { RewardBudgetRepository } from './budgets/reward-budget.repository';
import { RewardSchemeRepository } from './schemes/reward-scheme.repository';
import { RewardAccess } from './reward-access';

/**
 * Rewards: the schemes and budgets, the reward of every confirmed hazard (consumer group
 * hazard-reward.rewards), its approval above the threshold, and its payment (a durable payment
 * workflow per issued reward, recorded when it is issued).
 */
@Module({
  controllers: [
    CreateRewardSchemeHttpController,
    CorrectRewardSchemeHttpController,
    ListRewardSchemesHttpController,
    SetRewardBudgetHttpController,
    GetRewardBudgetHttpController,
    ListRewardsHttpController,
    GetRewardHttpController,
    RedeemRewardClaimHttpController,
    HazardConfirmedHandler,
  ],
  providers: [
    UnitInScope,
    RewardAccess,
    RewardRepository,
    RewardQueries,
    RewardSchemeRepository,
    RewardBudgetRepository,
    RewardIssuer,
    RewardApproval,
    RewardApprovalOutcome,
    RewardApprovalRetry,
    RewardPayer,
    CreateRewardSchemeService,
    CorrectRewardSchemeService,
    SetRewardBudgetService,
    RedeemRewardClaimService,
  ],
  exports: [RewardAccess, RewardRepository],
})
export class RewardsModule implements OnModuleInit {
  constructor(
    private readonly workers: TemporalWorkerHost,
    private readonly payer: RewardPayer,
  ) {}

  onModuleInit(): void {
    this.workers.addWorker({
      taskQueue: TaskQueues.hazardReward,
      workflows: workflowCode(TaskQueues.hazardReward),
      activities: { payReward: this.payer.payReward.bind(this.payer) },
    });
  }
}
