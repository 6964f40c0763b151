import { yuanOf } from '@lc/platform';

export interface SchemeRow {
  id: string;
  issuing_unit_id: string;
  name: string;
  valid_from: string;
  valid_until: string | null;
  approval_threshold_fen: string;
  created_by: string;
  reward_count: number;
  amounts: { category: 'accident' | 'occupational'; grade: 'general' | 'major'; amount_fen: string }[];
}

export const SCHEME_SELECT = `SELECT s.id, s.issuing_unit_id, s.name, to_char(s.valid_from, 'YYYY-MM-DD') AS valid_from,
    to_char(s.valid_until, 'YYYY-MM-DD') AS valid_until, s.approval_threshold_fen, s.created_by,
    (SELECT count(*)::int FROM rewards w WHERE w.scheme_id = s.id) AS reward_count,
    (SELECT json_agg(json_build_object('category', a.category, 'grade', a.grade, 'amount_fen', a.amount_fen)) FROM reward_scheme_amounts a WHERE a.scheme_id = s.id) AS amounts
  FROM reward_schemes s`;

export function schemeView(row: SchemeRow) {
  const amount = (category: string, grade: string) => yuanOf(row.amounts.find((a) => a.category === category && a.grade === grade)?.amount_fen ?? 0);
  return {
    id: row.id,
    issuingUnitId: row.issuing_unit_id,
    name: row.name,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    approvalThresholdYuan: yuanOf(row.approval_threshold_fen),
    amounts: {
      accident: { general: amount('accident', 'general'), major: amount('accident', 'major') },
      occupational: { general: amount('occupational', 'general'), major: amount('occupational', 'major') },
    },
    createdBy: row.created_by,
    rewardCount: row.reward_count,
  };
}
