import { ApiProperty } from '@nestjs/swagger';
import { ApprovalStepSummaryDto } from '@lc/platform';

export class PlanFilingDto {
  @ApiProperty({ type: String, nullable: true, description: 'Follow it at /approvals/{workflowId}; null for the top union, filed at once' })
  workflowId: string | null;
  @ApiProperty({ type: [ApprovalStepSummaryDto], description: 'The levels that decide, lowest first; empty when filed at once' })
  steps: ApprovalStepSummaryDto[];
}
