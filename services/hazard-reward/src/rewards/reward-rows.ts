import { yuanOf } from '@lc/platform';
import { HazardRewardDto } from './reward.response.dto';

/** The columns a reward is answered with, `w` being rewards and `r` its hazard report. */
export const REWARD_SELECT = `
  SELECT w.id, w.report_id, w.issuing_unit_id, w.issuing_path, w.budget_year, w.amount_fen, w.status, w.status_note,
         w.created_at, w.issued_at, w.paid_at, r.enterprise_unit_id, r.enterprise_path
    FROM rewards w JOIN hazard_reports r ON r.id = w.report_id`;

export interface RewardRow {
  id: string;
  report_id: string;
  issuing_unit_id: string;
  issuing_path: string;
  budget_year: number;
  amount_fen: string;
  status: string;
  status_note: string | null;
  created_at: Date;
  issued_at: Date | null;
  paid_at: Date | null;
  enterprise_unit_id: string;
  enterprise_path: string;
}

/** A reward as finance and cadres read it: amounts and states, never the reporter. */
export function rewardView(row: RewardRow): HazardRewardDto {
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
