import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { MAX_AUDIT_PAGE_SIZE } from '@lc/audit';
import { IsNotBlank } from '../http/not-blank.validator';

/** A field that means nothing without its partner (an entity is its type and its id). */
@ValidatorConstraint({ name: 'givenTogether' })
class GivenTogether implements ValidatorConstraintInterface {
  validate(_: unknown, args: ValidationArguments): boolean {
    const [partner] = args.constraints as [string];
    return (args.object as Record<string, unknown>)[partner] !== undefined;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} needs ${(args.constraints as [string])[0]}: give entityType and entityId together`;
  }
}

export class AuditQueryRequestDto {
  @ApiPropertyOptional({ description: 'Entries of this org unit and every unit under it; your own unit when not given' })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'orgUnitId must not be empty; leave it out to not filter by it' })
  @MaxLength(64)
  orgUnitId?: string;

  @ApiPropertyOptional({ description: "Entity type, e.g. 'org-unit'; give entityId with it", example: 'org-unit' })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'entityType must not be empty; leave it out to not filter by it' })
  @MaxLength(100)
  @Validate(GivenTogether, ['entityId'])
  entityType?: string;

  @ApiPropertyOptional({ description: 'Entity id; give entityType with it' })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'entityId must not be empty; leave it out to not filter by it' })
  @MaxLength(200)
  @Validate(GivenTogether, ['entityType'])
  entityId?: string;

  @ApiPropertyOptional({ description: 'Entries by this user' })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'actorId must not be empty; leave it out to not filter by it' })
  @MaxLength(100)
  actorId?: string;

  @ApiPropertyOptional({ description: 'From this time on (ISO 8601), inclusive', example: '2026-01-01T00:00:00+08:00' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'from must be an ISO 8601 time, e.g. 2026-01-01T00:00:00+08:00' })
  from?: string;

  @ApiPropertyOptional({ description: 'Before this time (ISO 8601), exclusive' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'to must be an ISO 8601 time, e.g. 2026-12-31T23:59:59+08:00' })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AUDIT_PAGE_SIZE, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}
