import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { IsCalendarDate, IsNotBlank } from '@lc/platform';
import { CompetitionPlanFieldsDto } from './competition-plan.request.dto';

@ValidatorConstraint({ name: 'notBeforeStartDate' })
class NotBeforeStartDate implements ValidatorConstraintInterface {
  validate(endDate: unknown, args: ValidationArguments): boolean {
    const { startDate } = args.object as CreateCompetitionRequestDto;
    // Only compare two well-formed dates; a malformed one has its own message.
    return typeof startDate !== 'string' || typeof endDate !== 'string' || endDate >= startDate;
  }

  defaultMessage(): string {
    return 'endDate must not be before startDate';
  }
}

export class CreateCompetitionRequestDto extends CompetitionPlanFieldsDto {
  @ApiProperty({ example: '2026年度全市职工劳动和技能竞赛', maxLength: 200 })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'The organising union (org unit id)', example: 'city-federation' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  organiserOrgUnitId: string;

  @ApiProperty({ example: '2026-03-01', description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ example: '2026-11-30', description: 'YYYY-MM-DD, not before startDate' })
  @IsCalendarDate()
  @Validate(NotBeforeStartDate, { context: { messageZh: '「endDate」结束日期不能早于开始日期' } })
  endDate: string;

  @ApiPropertyOptional({ description: 'The competition this one runs under (a township league under a county competition)' })
  @IsOptional()
  @IsUUID('all', { message: 'parentCompetitionId must be a competition id (UUID)', context: { messageZh: '「parentCompetitionId」必须是竞赛编号（UUID）' } })
  parentCompetitionId?: string;
}
