import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

/** The report key and PIN shown once when an anonymous report was made; case, spaces and hyphens do not matter. */
export class ReportKeyRequestDto {
  @ApiProperty({ example: 'K7QM-3XPA-9TCW' })
  @IsString({ message: 'reportKey: give the report key shown when you reported' })
  @IsNotBlank({ message: 'reportKey: give the report key shown when you reported' })
  @MaxLength(40, { message: 'reportKey: a report key has 12 letters and digits' })
  reportKey: string;

  @ApiProperty({ example: '4D8R-ZQ2N-H6WB' })
  @IsString({ message: 'pin: give the PIN shown when you reported' })
  @IsNotBlank({ message: 'pin: give the PIN shown when you reported' })
  @MaxLength(40, { message: 'pin: a PIN has 12 letters and digits' })
  pin: string;
}
