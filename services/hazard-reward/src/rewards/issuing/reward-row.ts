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
