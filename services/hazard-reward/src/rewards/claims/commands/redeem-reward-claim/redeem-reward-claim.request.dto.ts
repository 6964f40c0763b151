import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class RedeemRewardClaimRequestDto {
  @ApiProperty({ example: 'Q4ZK-8M2D-TT7R-0P3X', description: 'The claim code the reporter presents' })
  @IsString({ message: 'claimCode: give the claim code the reporter presents' })
  @IsNotBlank({ message: 'claimCode: give the claim code the reporter presents' })
  @MaxLength(40, { message: 'claimCode: a claim code has 16 letters and digits' })
  claimCode: string;
}
