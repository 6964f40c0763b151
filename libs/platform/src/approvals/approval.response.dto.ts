import { ApiProperty } from '@nestjs/swagger';

const chainStatuses = ['pending', 'returned', 'approved', 'rejected', 'withdrawn'];
const outcomes = ['approve', 'reject', 'return'];
const transitionKinds = ['submitted', 'signed', 'step-approved', 'approved', 'rejected', 'returned', 'resubmitted', 'withdrawn', 'reminded', 'escalated'];

export class ApprovalInboxItemDto {
  @ApiProperty({ example: 'approval-plan-filing-0b6f…' }) workflowId: string;
  @ApiProperty({ example: 'plan-filing' }) itemKind: string;
  @ApiProperty() itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: chainStatuses }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'The step waiting (null when waiting as the submitter of a returned item)' })
  stepId: string | null;
  @ApiProperty({ type: String, nullable: true }) stepTitle: string | null;
  @ApiProperty({ enum: ['approver', 'submitter', 'escalation'] }) waitingAs: string;
  @ApiProperty({ format: 'date-time' }) waitingSince: string;
  @ApiProperty() submitterUserId: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

/** Where the item stands after a decision, resubmission or withdrawal (the same answer for a repeated decisionId). */
export class DecisionResultDto {
  @ApiProperty() decisionId: string;
  @ApiProperty({ enum: chainStatuses }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'The step now waiting; null once the item is decided' }) currentStepId: string | null;
  @ApiProperty({ type: 'integer' }) transitionSeq: number;
}

export class ApprovalSignatureDto {
  @ApiProperty() userId: string;
  @ApiProperty({ type: String, nullable: true }) onBehalfOf: string | null;
  @ApiProperty({ enum: outcomes }) outcome: string;
  @ApiProperty() opinion: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ApprovalStepStateDto {
  @ApiProperty() stepId: string;
  @ApiProperty({ type: [ApprovalSignatureDto] }) signatures: ApprovalSignatureDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) waitingSince: string | null;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty() remindedInRound: boolean;
  @ApiProperty() escalatedInRound: boolean;
}

export class ApprovalTransitionDto {
  @ApiProperty({ type: 'integer' }) seq: number;
  @ApiProperty({ enum: transitionKinds }) kind: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) stepId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) onBehalfOf: string | null;
  @ApiProperty({ type: String, nullable: true }) opinion: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionId: string | null;
  @ApiProperty({ enum: chainStatuses }) status: string;
  @ApiProperty({ type: String, nullable: true }) currentStepId: string | null;
  @ApiProperty({ type: [String] }) waitingFor: string[];
  @ApiProperty({ type: [String] }) notify: string[];
}

export class ApprovalChainStateDto {
  @ApiProperty({ enum: chainStatuses }) status: string;
  @ApiProperty({ type: 'integer', description: 'Index of the waiting step in steps' }) currentStep: number;
  @ApiProperty({ type: [ApprovalStepStateDto] }) steps: ApprovalStepStateDto[];
  @ApiProperty({ type: [ApprovalTransitionDto] }) transitions: ApprovalTransitionDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DecisionResultDto' },
    description: 'The answer to each decision applied so far, by decisionId',
  })
  results: Record<string, DecisionResultDto>;
}

export class ApprovalSubmitterDto {
  @ApiProperty() userId: string;
  @ApiProperty() orgUnitId: string;
}

export class ApprovalWorkflowSummaryDto {
  @ApiProperty() workflowId: string;
  @ApiProperty({ description: "The workflow's execution status, e.g. RUNNING or COMPLETED", example: 'RUNNING' }) status: string;
  @ApiProperty({ example: 'pioneer-team' }) itemKind: string;
  @ApiProperty() itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: ApprovalSubmitterDto }) submitter: ApprovalSubmitterDto;
}

/** A step as the paper form prints it: its opinion box, the unit that fills it, its deadline. */
export class ApprovalStepViewDto {
  @ApiProperty() stepId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ example: '单位工会意见' }) title: string;
  @ApiProperty({ enum: ['or-sign', 'countersign'] }) mode: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the step escalates if undecided; null until it waits' })
  dueAt: string | null;
}

export class ApprovalPersonDto {
  @ApiProperty({ example: '王海燕' }) displayName: string;
  @ApiProperty({ example: 'county-east' }) orgUnitId: string;
}

export class ApprovalDto {
  @ApiProperty({ type: ApprovalWorkflowSummaryDto }) input: ApprovalWorkflowSummaryDto;
  @ApiProperty({ type: ApprovalChainStateDto }) state: ApprovalChainStateDto;
  @ApiProperty({ type: [ApprovalStepViewDto], description: 'The steps in order, as the form prints them' }) steps: ApprovalStepViewDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/ApprovalPersonDto' },
    description: 'Names of the submitter, signers and actors, by user id',
  })
  people: Record<string, ApprovalPersonDto>;
}

/** A step of the chain an item was submitted to, as the submission answers it: the opinion box it fills. */
export class ApprovalStepSummaryDto {
  @ApiProperty({ example: 'town-xinghua' }) stepId: string;
  @ApiProperty({ description: 'The opinion box, as the form prints it', example: '乡镇（街道、园区）工会意见' }) title: string;
}
