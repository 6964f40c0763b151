import { ApiProperty } from '@nestjs/swagger';

export const CASE_FILE_KINDS = ['hazard-report', 'hazard-reward', 'nomination'] as const;
export type CaseFileKind = (typeof CASE_FILE_KINDS)[number];

class CaseFileActorDto {
  @ApiProperty({
    enum: ['user', 'system', 'anonymous-reporter', 'reporter', 'objector'],
    description: 'system: done by the service itself; anonymous-reporter: the reporter of an anonymous report, never named; objector: whoever lodged an objection during publicity, never named',
  })
  kind: string;
  @ApiProperty({ type: String, nullable: true, description: 'The name; null for the system, an anonymous reporter, and a reporter you may not know' })
  displayName: string | null;
}

class CaseFileUnitDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

class CaseFileAuditDto {
  @ApiProperty({ description: 'The audit entry this step was read from' }) entryId: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Its place in the hash chain; null until sealed' }) seq: number | null;
  @ApiProperty({
    enum: ['verified', 'altered', 'unlinked', 'unsealed'],
    description: "verified: its hash and its link to the entry before it hold; altered: edited after sealing; unlinked: the entry before it is gone or changed; unsealed: not in the chain yet",
  })
  check: string;
}

export class CaseFileEntryDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'hazard.confirmed', description: 'What happened: the audit action' }) action: string;
  @ApiProperty({ example: 'hazard-report' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ type: CaseFileActorDto }) actor: CaseFileActorDto;
  @ApiProperty({ type: CaseFileUnitDto, description: 'The unit the actor acted for' }) unit: CaseFileUnitDto;
  @ApiProperty({ type: String, nullable: true, description: "An approval step's opinion, a verdict's reason, a note" }) opinion: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'What the step set: status, grade, amountYuan, deadline, measures… (only the fields it set)',
  })
  facts: Record<string, string | number | boolean>;
  @ApiProperty({ type: CaseFileAuditDto }) audit: CaseFileAuditDto;
}

export class CaseFileLinkDto {
  @ApiProperty({ enum: ['hazard-report', 'hazard', 'hazard-reward', 'nomination', 'approval'] }) kind: string;
  @ApiProperty() id: string;
}

class CaseFileVerificationDto {
  @ApiProperty({ type: 'integer' }) verified: number;
  @ApiProperty({ type: 'integer' }) altered: number;
  @ApiProperty({ type: 'integer' }) unlinked: number;
  @ApiProperty({ type: 'integer' }) unsealed: number;
}

/** Everything that happened to one item, across its linked records and approval chains, oldest first. */
export class CaseFileDto {
  @ApiProperty({ enum: CASE_FILE_KINDS }) kind: CaseFileKind;
  @ApiProperty() id: string;
  @ApiProperty({ description: 'What the item is, in a line' }) title: string;
  @ApiProperty({ type: CaseFileUnitDto, description: 'The unit the item belongs to (the enterprise of a report, the nominee’s unit)' })
  unit: CaseFileUnitDto;
  @ApiProperty({ description: 'The item’s state now' }) status: string;
  @ApiProperty({ type: [CaseFileLinkDto], description: 'The records this file covers: report → reward → archive, nomination, their approval chains' })
  links: CaseFileLinkDto[];
  @ApiProperty({ type: [CaseFileEntryDto], description: 'Oldest first' }) entries: CaseFileEntryDto[];
  @ApiProperty({ type: CaseFileVerificationDto, description: 'How many entries of each check' }) verification: CaseFileVerificationDto;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
}
