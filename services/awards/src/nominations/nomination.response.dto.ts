import { ApiProperty } from '@nestjs/swagger';

export const nominationStatuses = ['candidate', 'submitted', 'publicity', 'conferred', 'withdrawn', 'rejected', 'over_quota'] as const;
const objectionStatuses = ['pending', 'upheld', 'dismissed'];

class NomineeEnterpriseDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class NomineeDto {
  @ApiProperty({ enum: ['person', 'team', 'unit'] }) kind: string;
  @ApiProperty({ description: 'A user id, or an org unit id for a team or unit' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: "The person's unit, or the team or unit itself" }) unitId: string;
  @ApiProperty({ type: NomineeEnterpriseDto, nullable: true, required: false, description: 'The enterprise the nominee belongs to (a unit is its own); in the lists and on a nomination' })
  enterprise?: NomineeEnterpriseDto | null;
}

export class NominationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() honourCode: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() conferringUnitId: string;
  @ApiProperty({ required: false, description: 'The conferring union’s name; in the lists and on a nomination' }) conferringUnitName?: string;
  @ApiProperty({ type: NomineeDto }) nominee: NomineeDto;
  @ApiProperty({ enum: ['assessment', 'hazard', 'manual'], description: 'What put the nominee forward' }) source: string;
  @ApiProperty({ description: '优先推荐: a passing result of the competition’s assessment' }) priority: boolean;
  @ApiProperty({ type: String, nullable: true }) competitionId: string | null;
  @ApiProperty({ type: String, nullable: true, description: '事迹材料' }) material: string | null;
  @ApiProperty({ enum: nominationStatuses }) status: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Follow it at /approvals/{workflowId}' }) approvalWorkflowId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When 公示 ends: the end of its last working day (工作日), China time' })
  publicityEndsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Over quota (候补): since when it waits for a freed place' })
  waitingSince: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Over quota (候补): its place in the waiting list, 1 = the next to get a freed place' })
  waitingPosition: number | null;
  @ApiProperty({ description: 'It waited over quota and took a place freed by an upheld objection or a raised quota (候补递补)' })
  promotedFromWaitingList: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class ObjectionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: objectionStatuses }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'The reason the conferring union gave with its ruling' }) rulingNote: string | null;
  @ApiProperty({ format: 'date-time' }) lodgedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) ruledAt: string | null;
}

export class NominationWithObjectionsDto extends NominationDto {
  @ApiProperty({ type: [ObjectionDto], description: '异议, oldest first' }) objections: ObjectionDto[];
}

export class HonourHeldDto {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() honourCode: string;
  @ApiProperty({ description: 'The honour’s name' }) honour: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() conferringUnitId: string;
  @ApiProperty() certificateNo: string;
  @ApiProperty({ description: 'Path of the certificate PDF' }) certificate: string;
  @ApiProperty({ format: 'date-time' }) conferredAt: string;
}

export class LodgedObjectionDto {
  @ApiProperty({ format: 'uuid' }) objectionId: string;
  @ApiProperty({ enum: ['pending'] }) status: string;
}

export class ObjectionRulingDto {
  @ApiProperty({ format: 'uuid' }) objectionId: string;
  @ApiProperty({ enum: ['upheld', 'dismissed'] }) status: string;
  @ApiProperty({ enum: nominationStatuses, description: 'The nomination after the ruling' }) nominationStatus: string;
}

export class CompetitionHonourDto {
  @ApiProperty({ format: 'uuid' }) competitionId: string;
  @ApiProperty() honourCode: string;
  @ApiProperty() conferringUnitId: string;
}

export class ContestHonourDto {
  @ApiProperty({ format: 'uuid' }) skillsContestId: string;
  @ApiProperty() honourCode: string;
  @ApiProperty() conferringUnitId: string;
  @ApiProperty({ type: 'integer' }) topRanks: number;
}
