export type RewardStatus = 'no_scheme' | 'awaiting_approval' | 'queued' | 'issued' | 'paid' | 'rejected';

export interface RewardRow {
  id: string;
  report_id: string;
  issuing_unit_id: string;
  issuing_path: string;
  budget_year: number;
  amount_fen: string;
  status: RewardStatus;
  created_at: Date;
}

export const REWARD_COLUMNS = 'id, report_id, issuing_unit_id, issuing_path, budget_year, amount_fen, status, created_at';

/** What every reward.* event says of the reward. */
export const rewardEventRef = (reward: RewardRow) => ({
  rewardId: reward.id,
  reportId: reward.report_id,
  issuingUnitId: reward.issuing_unit_id,
  budgetYear: reward.budget_year,
  amountFen: Number(reward.amount_fen),
});

/** The audit trail's entity for a reward: filed under its issuing union. */
export const rewardAuditEntity = (reward: RewardRow) => ({ type: 'hazard-reward', id: reward.id, orgUnitId: reward.issuing_unit_id, orgPath: reward.issuing_path });
