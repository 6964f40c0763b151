import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ApprovalStepSummaryDto } from '@lc/platform';
import { PioneerTeamApplicationRequestDto } from './pioneer-team-form.request.dto';

class PioneerTeamFormDto extends OmitType(PioneerTeamApplicationRequestDto, ['competitionId', 'teamUnitId'] as const) {}

/** An application (attachment 1) as submitted, and where its chain stands. */
export class PioneerTeamApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) competitionId: string;
  @ApiProperty() teamUnitId: string;
  @ApiProperty({ example: '数控加工班', description: '班组名称, as the tree names the team now' }) teamUnitName: string;
  @ApiProperty() enterpriseUnitId: string;
  @ApiProperty({ example: '示范市恒通精密机械有限公司', description: '单位名称, as the tree names the enterprise now' }) enterpriseUnitName: string;
  @ApiProperty({ type: PioneerTeamFormDto }) form: PioneerTeamFormDto;
  @ApiProperty({ enum: ['submitted', 'approved', 'rejected', 'withdrawn'] }) status: string;
  @ApiProperty() workflowId: string;
  @ApiProperty() submittedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SubmittedPioneerTeamApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ type: [ApprovalStepSummaryDto], description: 'The four opinion boxes, lowest first' }) steps: ApprovalStepSummaryDto[];
}
