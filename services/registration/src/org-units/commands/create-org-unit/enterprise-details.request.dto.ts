import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { validateCreditCode } from '@lc/org';

@ValidatorConstraint({ name: 'creditCode' })
class IsCreditCode implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && validateCreditCode(value).ok;
  }

  defaultMessage(args: ValidationArguments): string {
    if (typeof args.value !== 'string') return 'creditCode must be text (统一社会信用代码)';
    const check = validateCreditCode(args.value);
    return `creditCode: ${check.ok ? 'is not valid' : check.reason}`;
  }
}

/** What an enterprise (企业) carries beyond any unit: its register data, used by coverage figures. */
export class EnterpriseDetailsRequestDto {
  @ApiProperty({ example: '91370100MA3C4G5E5B', description: '统一社会信用代码, checked with its check character' })
  @Validate(IsCreditCode)
  creditCode: string;

  @ApiProperty({ enum: ['public', 'non_public'], description: '公有制 / 非公有制' })
  @IsIn(['public', 'non_public'], { message: "ownership must be 'public' (公有制) or 'non_public' (非公有制)" })
  ownership: 'public' | 'non_public';

  @ApiProperty({ description: '规模以上企业' })
  @IsBoolean()
  aboveScale: boolean;

  @ApiPropertyOptional({ example: '制造业', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  industry?: string;

  @ApiProperty({ description: '职工人数', minimum: 0, maximum: 1_000_000 })
  @IsInt({ message: 'headcount must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  headcount: number;
}
