import { yuanOf } from '@lc/platform';
import { HazardRewardDto } from './reward.response.dto';

export type RewardStatus = 'no_scheme' | 'awaiting_approval' | 'queued' | 'issued' | 'paid' | 'rejected';

/** A reward's row (REWARD_COLUMNS), as the issuer and the payer lock and write it. */
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

/** The columns a reward is answered with, `w` being rewards and `r` its hazard report. */
export const REWARD_SELECT = `
  SELECT w.id, w.report_id, w.issuing_unit_id, w.issuing_path, w.budget_year, w.amount_fen, w.status, w.status_note,
         w.created_at, w.issued_at, w.paid_at, r.enterprise_unit_id, r.enterprise_path
    FROM rewards w JOIN hazard_reports r ON r.id = w.report_id`;

/** A reward with what finance and cadres read of it and of its report's enterprise (REWARD_SELECT). */
export interface RewardWithReportRow extends RewardRow {
  status_note: string | null;
  issued_at: Date | null;
  paid_at: Date | null;
  enterprise_unit_id: string;
  enterprise_path: string;
}

/** A reward as finance and cadres read it: amounts and states, never the reporter. */
export function rewardView(row: RewardWithReportRow): HazardRewardDto {
  return {
    id: row.id,
    reportId: row.report_id,
    enterpriseUnitId: row.enterprise_unit_id,
    issuingUnitId: row.issuing_unit_id,
    budgetYear: row.budget_year,
    amountYuan: yuanOf(row.amount_fen),
    status: row.status,
    note: row.status_note,
    createdAt: row.created_at.toISOString(),
    issuedAt: row.issued_at?.toISOString() ?? null,
    paidAt: row.paid_at?.toISOString() ?? null,
  };
}
