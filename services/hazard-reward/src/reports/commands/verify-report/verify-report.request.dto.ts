import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { HazardGrade, hazardGrades } from '@lc/contracts';
import { IsNotBlank } from '@lc/platform';

export const verificationOutcomes = ['confirmed', 'duplicate', 'rejected'] as const;
export type VerificationOutcome = (typeof verificationOutcomes)[number];

/** 核实: confirmed with a grade, a duplicate of an earlier report, or rejected with a reason. */
export class VerifyReportRequestDto {
  @ApiProperty({ enum: verificationOutcomes })
  @IsIn(verificationOutcomes, { message: `outcome: must be one of ${verificationOutcomes.join(', ')}` })
  outcome: VerificationOutcome;

  @ApiPropertyOptional({ enum: hazardGrades, description: 'Required when confirmed: general 一般 or major 重大' })
  @ValidateIf((o: VerifyReportRequestDto) => o.outcome === 'confirmed' || o.grade !== undefined)
  @IsIn(hazardGrades, { message: `grade: a confirmed hazard needs a grade, one of ${hazardGrades.join(', ')}` })
  grade?: HazardGrade;

  @ApiPropertyOptional({ description: 'Required for a duplicate: the earlier report of the same hazard, whose reporter keeps the reward' })
  @ValidateIf((o: VerifyReportRequestDto) => o.outcome === 'duplicate' || o.duplicateOf !== undefined)
  @IsUUID('all', { message: 'duplicateOf: a duplicate names the earlier report it repeats, by its id' })
  duplicateOf?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Required to reject; a note otherwise' })
  @ValidateIf((o: VerifyReportRequestDto) => o.outcome === 'rejected' || o.reason !== undefined)
  @IsString()
  @IsNotBlank({ message: 'reason: say why the report is rejected; the reporter reads it' })
  @MaxLength(1000)
  reason?: string;
}
