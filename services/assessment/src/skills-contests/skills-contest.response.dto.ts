import { ApiProperty } from '@nestjs/swagger';

const points = (description?: string) => ({ example: '61.50', description: description ? `${description}; two decimals` : 'Points, two decimals' });
const pointsByItem = (description: string, nullablePoints = false) =>
  ({ type: 'object', additionalProperties: { type: 'string', example: '61.50', ...(nullablePoints ? { nullable: true } : {}) }, description }) as const;

class ContestItemDto {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty(points('The most a judge gives for it')) maxPoints: string;
}

class ContestJudgeDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() orgUnitId: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for a judge at a union office: they score every contestant' }) enterpriseUnitId: string | null;
  @ApiProperty({ description: '裁判长' }) chief: boolean;
}

class ContestantDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() orgUnitId: string;
  @ApiProperty() enterpriseUnitId: string;
}

class ScoringProgressDto {
  @ApiProperty({ type: 'integer', description: 'Scores the panel owes, conflicts of interest (回避) left out' }) expected: number;
  @ApiProperty({ type: 'integer' }) recorded: number;
  @ApiProperty({ type: 'integer' }) missing: number;
}

/** What every answer about a contest starts with. */
export class SkillsContestSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) competitionId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ description: '工种' }) trade: string;
  @ApiProperty() organiserUnitId: string;
  @ApiProperty({ enum: ['open', 'locked'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedOffAt: string | null;
}

class SkillsContestHeaderDto extends SkillsContestSummaryDto {
  @ApiProperty({ type: 'integer', description: 'With at least this many judge totals, the highest and the lowest are dropped' }) trimAtJudges: number;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true }) signedOffBy: string | null;
  @ApiProperty({ type: String, nullable: true }) signOffNote: string | null;
}

export class SkillsContestDto extends SkillsContestHeaderDto {
  @ApiProperty({ type: [ContestItemDto], description: 'The scoring scheme, in order' }) scheme: ContestItemDto[];
  @ApiProperty(points('The sum of the items’ maxPoints')) maxTotal: string;
  @ApiProperty({ type: [ContestJudgeDto] }) judges: ContestJudgeDto[];
  @ApiProperty({ type: [ContestantDto] }) contestants: ContestantDto[];
  @ApiProperty({ type: ScoringProgressDto }) scoring: ScoringProgressDto;
}

class JudgeTotalDto {
  @ApiProperty() judgeUserId: string;
  @ApiProperty({ type: String, nullable: true }) displayName: string | null;
  @ApiProperty(points()) total: string;
  @ApiProperty({ nullable: true, enum: ['highest', 'lowest'], description: 'Dropped from the final score (去掉最高分/最低分)' }) dropped: string | null;
}

class ExcludedJudgeDto {
  @ApiProperty() judgeUserId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ description: 'Why the judge does not score this contestant (回避)' }) reason: string;
}

class ContestResultDto {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null without any score yet; equal results share a rank (1, 2, 2, 4)' }) rank: number | null;
  @ApiProperty({ type: ContestantDto }) contestant: ContestantDto;
  @ApiProperty({ type: String, nullable: true, example: '61.50' }) finalScore: string | null;
  @ApiProperty({ type: String, nullable: true, example: '61.50' }) untrimmedMean: string | null;
  @ApiProperty({ ...pointsByItem('Each item’s trimmed mean, by item key', true), nullable: true }) itemMeans: Record<string, string | null> | null;
  @ApiProperty({ type: String, nullable: true, example: 'final-score', description: "What sets the contestant apart from the next: 'final-score', 'untrimmed-mean', 'item:<key>', or 'shared'" })
  separatedBy: string | null;
  @ApiProperty({ type: [JudgeTotalDto] }) judgeTotals: JudgeTotalDto[];
  @ApiProperty({ type: [ExcludedJudgeDto] }) excludedJudges: ExcludedJudgeDto[];
}

export class SkillsContestResultsDto extends SkillsContestHeaderDto {
  @ApiProperty({ description: 'true once signed off: the ranking no longer changes' }) final: boolean;
  @ApiProperty({ description: 'How ties are broken' }) tieBreak: string;
  @ApiProperty({ type: [ContestItemDto] }) scheme: ContestItemDto[];
  @ApiProperty({ type: ScoringProgressDto }) scoring: ScoringProgressDto;
  @ApiProperty({ type: [ContestResultDto], description: 'By rank' }) results: ContestResultDto[];
}

export class ContestScoreDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() judgeUserId: string;
  @ApiProperty() contestantUserId: string;
  @ApiProperty(pointsByItem('Points per item, by item key')) points: Record<string, string>;
  @ApiProperty(points()) total: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
