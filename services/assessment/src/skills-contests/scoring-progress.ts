import { ContestantRow, hasConflictOfInterest, JudgeRow, ScoreRow } from './skills-contest.row';

export interface ScoringProgress {
  /** Judge and contestant pairs to be scored: every pair but those excluded for conflict of interest. */
  expected: number;
  recorded: number;
  missing: { judge: JudgeRow; contestant: ContestantRow }[];
  /** Contestants every panel judge is excluded from: nobody can score them. */
  unscorable: ContestantRow[];
}

export function scoringProgress(judges: JudgeRow[], contestants: ContestantRow[], scores: ScoreRow[]): ScoringProgress {
  const recorded = new Set(scores.map((s) => `${s.judge_user_id}/${s.contestant_user_id}`));
  const missing: ScoringProgress['missing'] = [];
  const unscorable: ContestantRow[] = [];
  let expected = 0;
  for (const contestant of contestants) {
    const eligible = judges.filter((judge) => !hasConflictOfInterest(judge, contestant));
    if (eligible.length === 0) unscorable.push(contestant);
    expected += eligible.length;
    for (const judge of eligible) if (!recorded.has(`${judge.user_id}/${contestant.user_id}`)) missing.push({ judge, contestant });
  }
  return { expected, recorded: expected - missing.length, missing, unscorable };
}
