import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CompetitionOrmEntity } from './competition.orm-entity';
import { competitionKindIds, competitionKinds, ParticipantScope } from './competition-plan';
import { ParticipantScopeDto } from './commands/create-competition/competition-plan.request.dto';

/** Where a competition stands, from its draft plan to its close. */
export const competitionStatuses = ['draft', 'filing', 'filed', 'open', 'running', 'assessing', 'closed'] as const;
export type CompetitionStatus = (typeof competitionStatuses)[number];

export class CompetitionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() organiserOrgUnitId: string;
  @ApiPropertyOptional({ example: '示范市总工会', description: '主办单位: in the list and in GET /competitions/{id}' }) organiserName?: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty({ enum: competitionStatuses }) status: string;
  @ApiProperty({ enum: competitionKindIds }) kind: string;
  @ApiProperty({ example: '技能比武 / 岗位练兵' }) kindLabel: string;
  @ApiProperty({ type: String, nullable: true, description: '竞赛主题' }) theme: string | null;
  @ApiProperty({ type: String, nullable: true, description: '竞赛内容和目标' }) contentAndGoals: string | null;
  @ApiProperty({ type: String, nullable: true, description: '竞赛要求和标准' }) requirements: string | null;
  @ApiProperty({ type: String, nullable: true, description: '竞赛方式和载体' }) formatAndVehicle: string | null;
  @ApiProperty({ type: ParticipantScopeDto, description: '参赛范围' }) participantScope: ParticipantScope;
  @ApiProperty({ type: String, nullable: true, description: '竞赛考评办法' }) evaluationMethod: string | null;
  @ApiProperty({ type: String, nullable: true }) assessmentTemplate: string | null;
  @ApiProperty({ type: String, nullable: true, description: '奖励办法' }) awardMethod: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Yuan, exact to the fen', example: '500000.00' }) budgetYuan: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The competition this one runs under' }) parentCompetitionId: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
}

export function toCompetitionResponse(c: CompetitionOrmEntity): CompetitionResponseDto {
  return {
    id: c.id,
    name: c.name,
    organiserOrgUnitId: c.organiserOrgUnitId,
    startDate: c.startDate,
    endDate: c.endDate,
    status: c.status,
    kind: c.kind,
    kindLabel: competitionKinds[c.kind] ?? c.kind,
    theme: c.theme,
    contentAndGoals: c.contentAndGoals,
    requirements: c.requirements,
    formatAndVehicle: c.formatAndVehicle,
    participantScope: c.participantScope,
    evaluationMethod: c.evaluationMethod,
    assessmentTemplate: c.assessmentTemplate,
    awardMethod: c.awardMethod,
    budgetYuan: c.budgetYuan,
    parentCompetitionId: c.parentCompetitionId,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
  };
}
