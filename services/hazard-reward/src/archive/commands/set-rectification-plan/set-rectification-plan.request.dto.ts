import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

/** The archive record of seed 003 item 14: measures, deadline, unit, person, interim safety measures, and who updates it. */
export class SetRectificationPlanRequestDto {
  @ApiProperty({ description: '整改措施' })
  @IsString()
  @IsNotBlank({ message: 'measures: describe the rectification measures' })
  @MaxLength(2000)
  measures: string;

  @ApiProperty({ description: '整改时限: an instant with its offset, e.g. 2026-12-31T18:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: 'deadline: must be a date and time with an offset, e.g. 2026-12-31T18:00:00+08:00' })
  deadline: string;

  @ApiProperty({ description: '整改单位' })
  @IsString()
  @IsNotBlank({ message: 'responsibleUnit: name the unit that rectifies' })
  @MaxLength(200)
  responsibleUnit: string;

  @ApiProperty({ description: '整改责任人' })
  @IsString()
  @IsNotBlank({ message: 'responsiblePerson: name the person responsible' })
  @MaxLength(100)
  responsiblePerson: string;

  @ApiPropertyOptional({ description: "The responsible person's mobile" })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: 'responsiblePhone: must be an 11-digit mobile number starting with 1' })
  responsiblePhone?: string;

  @ApiProperty({ description: '安全防护措施 while the hazard is being rectified' })
  @IsString()
  @IsNotBlank({ message: 'interimMeasures: say how people are protected until it is fixed' })
  @MaxLength(2000)
  interimMeasures: string;

  @ApiProperty({ description: 'The user who enters the periodic updates (专人定期填写): someone at the enterprise' })
  @IsString()
  @IsNotBlank()
  updaterUserId: string;
}
