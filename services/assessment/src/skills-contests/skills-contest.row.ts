import { formatCentipoints } from './points';

export type ContestStatus = 'open' | 'locked';

export interface ContestRow {
  id: string;
  competition_id: string | null;
  name: string;
  trade: string;
  organiser_unit_id: string;
  organiser_path: string;
  trim_at_judges: number;
  status: ContestStatus;
  created_by: string;
  created_at: Date;
  signed_off_by: string | null;
  signed_off_at: Date | null;
  sign_off_note: string | null;
}

export interface ItemRow {
  position: number;
  key: string;
  name: string;
  max_centipoints: number;
}

export interface JudgeRow {
  user_id: string;
  display_name: string;
  org_unit_id: string;
  org_path: string;
  enterprise_unit_id: string | null;
  chief: boolean;
}

export interface ContestantRow {
  user_id: string;
  display_name: string;
  org_unit_id: string;
  org_path: string;
  enterprise_unit_id: string;
}

export interface ScoreRow {
  judge_user_id: string;
  contestant_user_id: string;
  points: Record<string, number>;
  total_centipoints: number;
  recorded_at: Date;
  updated_at: Date;
}

/** A judge may not score a contestant from their own enterprise (回避); a judge at a union office has none. */
export function hasConflictOfInterest(judge: Pick<JudgeRow, 'enterprise_unit_id'>, contestant: Pick<ContestantRow, 'enterprise_unit_id'>): boolean {
  return judge.enterprise_unit_id !== null && judge.enterprise_unit_id === contestant.enterprise_unit_id;
}

export const itemView = (item: ItemRow) => ({ key: item.key, name: item.name, maxPoints: formatCentipoints(item.max_centipoints) });

export const judgeView = (judge: JudgeRow) => ({
  userId: judge.user_id,
  displayName: judge.display_name,
  orgUnitId: judge.org_unit_id,
  enterpriseUnitId: judge.enterprise_unit_id,
  chief: judge.chief,
});

export const contestantView = (contestant: ContestantRow) => ({
  userId: contestant.user_id,
  displayName: contestant.display_name,
  orgUnitId: contestant.org_unit_id,
  enterpriseUnitId: contestant.enterprise_unit_id,
});

/** A score's points and total as the API and the audit trail show them: '61.50'. */
export function shownPoints(score: Pick<ScoreRow, 'points' | 'total_centipoints'>) {
  return {
    points: Object.fromEntries(Object.entries(score.points).map(([key, value]) => [key, formatCentipoints(value)])),
    total: formatCentipoints(score.total_centipoints),
  };
}

export function scoreView(contestId: string, items: ItemRow[], score: ScoreRow) {
  return {
    contestId,
    judgeUserId: score.judge_user_id,
    contestantUserId: score.contestant_user_id,
    points: Object.fromEntries(items.map((item) => [item.key, formatCentipoints(score.points[item.key])])),
    total: formatCentipoints(score.total_centipoints),
    recordedAt: score.recorded_at.toISOString(),
    updatedAt: score.updated_at.toISOString(),
  };
}
