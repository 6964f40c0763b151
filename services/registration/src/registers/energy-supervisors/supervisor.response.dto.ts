import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ApprovalStepSummaryDto } from '@lc/platform';
import { RegisterSupervisorRequestDto } from './supervisor-form.request.dto';
import { supervisorStatuses } from './supervisor.row';

class SupervisorFormDto extends OmitType(RegisterSupervisorRequestDto, ['unitId'] as const) {}

class NamedUnitDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class SupervisorUnitDto extends NamedUnitDto {
  @ApiProperty({ enum: ['enterprise_union', 'team'] }) kind: string;
}

/** A registration (attachment 4), the units it names and where its chain stands. */
export class SupervisorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: SupervisorUnitDto }) unit: SupervisorUnitDto;
  @ApiProperty({ type: NamedUnitDto }) enterprise: NamedUnitDto;
  @ApiProperty({ type: SupervisorFormDto }) form: SupervisorFormDto;
  @ApiProperty({ enum: supervisorStatuses }) status: string;
  @ApiProperty() workflowId: string;
  @ApiProperty() submittedBy: string;
  @ApiProperty({ format: 'date-time', description: '填写日期' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
}

export class RegisteredSupervisorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ type: [ApprovalStepSummaryDto], description: "The form's opinion boxes, lowest first" }) steps: ApprovalStepSummaryDto[];
}
