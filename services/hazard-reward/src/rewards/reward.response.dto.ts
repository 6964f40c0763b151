import { ApiProperty } from '@nestjs/swagger';

const yuan = (description?: string) => ({ example: '200.00', description: description ? `${description}; yuan, two decimals` : 'Yuan, two decimals' });
const rewardStatuses = ['no_scheme', 'awaiting_approval', 'queued', 'issued', 'paid', 'rejected'];

class RewardAmountsByGradeDto {
  @ApiProperty(yuan('一般隐患')) general: string;
  @ApiProperty(yuan('重大隐患')) major: string;
}

class RewardSchemeAmountsDto {
  @ApiProperty({ type: RewardAmountsByGradeDto, description: '事故隐患' }) accident: RewardAmountsByGradeDto;
  @ApiProperty({ type: RewardAmountsByGradeDto, description: '职业病危害隐患' }) occupational: RewardAmountsByGradeDto;
}

/** A union's reward measure (奖励办法) with its amounts in yuan. */
export class RewardSchemeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() issuingUnitId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: open-ended' }) validUntil: string | null;
  @ApiProperty(yuan('Rewards above this are approved up the chain')) approvalThresholdYuan: string;
  @ApiProperty({ type: RewardSchemeAmountsDto }) amounts: RewardSchemeAmountsDto;
  @ApiProperty({ description: 'Who created it: only they may correct it (PUT /reward-schemes/{id})' }) createdBy: string;
  @ApiProperty({ type: 'integer', description: 'Rewards worked out from it; once there are any, its amounts and threshold stay as they are' })
  rewardCount: number;
}

class QueuedRewardsDto {
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty(yuan()) amountYuan: string;
}

export class RewardBudgetDto {
  @ApiProperty() unitId: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ description: 'false: no budget was set for the year (every figure is 0)' }) set: boolean;
  @ApiProperty(yuan()) totalYuan: string;
  @ApiProperty(yuan('Issued or paid against it')) committedYuan: string;
  @ApiProperty(yuan('Of the committed, what was paid into reward accounts')) paidYuan: string;
  @ApiProperty(yuan()) leftYuan: string;
  @ApiProperty({ type: QueuedRewardsDto, description: 'Rewards waiting for budget' }) queued: QueuedRewardsDto;
}

export class SetRewardBudgetResultDto extends RewardBudgetDto {
  @ApiProperty({ type: 'integer', description: 'Queued rewards the new budget released' }) releasedFromQueue: number;
}

export class RedeemedClaimDto {
  @ApiProperty({ format: 'uuid' }) rewardId: string;
  @ApiProperty(yuan('Pay this out to the person presenting the code')) amountYuan: string;
  @ApiProperty({ format: 'date-time' }) redeemedAt: string;
}

export class HazardRewardDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty() enterpriseUnitId: string;
  @ApiProperty() issuingUnitId: string;
  @ApiProperty({ type: 'integer' }) budgetYear: number;
  @ApiProperty(yuan()) amountYuan: string;
  @ApiProperty({ enum: rewardStatuses }) status: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) issuedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) paidAt: string | null;
}
