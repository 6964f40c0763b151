import { scoringProgress } from './scoring-progress';
import { ContestantRow, hasConflictOfInterest, JudgeRow, ScoreRow } from './skills-contest.row';

const judge = (id: string, enterprise: string | null): JudgeRow => ({
  user_id: id,
  display_name: id,
  org_unit_id: enterprise ?? 'county-a',
  org_path: '/city/county-a',
  enterprise_unit_id: enterprise,
  chief: false,
});
const contestant = (id: string, enterprise: string): ContestantRow => ({ user_id: id, display_name: id, org_unit_id: enterprise, org_path: '/city', enterprise_unit_id: enterprise });
const score = (judgeId: string, contestantId: string): ScoreRow => ({
  judge_user_id: judgeId,
  contestant_user_id: contestantId,
  points: { a: 100 },
  total_centipoints: 100,
  recorded_at: new Date(),
  updated_at: new Date(),
});

describe('conflict of interest and scoring progress', () => {
  it('excludes a judge from the contestants of their own enterprise only; a union office judge from none', () => {
    expect(hasConflictOfInterest(judge('j', 'ent-a1'), contestant('c', 'ent-a1'))).toBe(true);
    expect(hasConflictOfInterest(judge('j', 'ent-a1'), contestant('c', 'ent-a2'))).toBe(false);
    expect(hasConflictOfInterest(judge('j', null), contestant('c', 'ent-a1'))).toBe(false);
  });

  it('expects every pair but the excluded ones, names the missing ones, and the contestants nobody may score', () => {
    const judges = [judge('office', null), judge('ent-judge', 'ent-a1')];
    const contestants = [contestant('mine', 'ent-a1'), contestant('other', 'ent-a2')];
    const progress = scoringProgress(judges, contestants, [score('office', 'mine'), score('ent-judge', 'other')]);
    expect(progress.expected).toBe(3);
    expect(progress.recorded).toBe(2);
    expect(progress.missing.map((m) => [m.judge.user_id, m.contestant.user_id])).toEqual([['office', 'other']]);
    expect(progress.unscorable).toEqual([]);

    const onlyEnterpriseJudges = scoringProgress([judge('ent-judge', 'ent-a1')], contestants, []);
    expect(onlyEnterpriseJudges.unscorable.map((c) => c.user_id)).toEqual(['mine']);
    expect(onlyEnterpriseJudges.expected).toBe(1);
  });
});
