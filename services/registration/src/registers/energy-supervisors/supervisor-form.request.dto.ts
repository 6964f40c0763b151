import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORG_UNIT_ID_PATTERN } from '../../org-units/commands/create-org-unit/create-org-unit.request.dto';
import { POSTCODE } from '../../forms/form-fields';
import { PersonParticularsDto } from '../../forms/person-particulars';
import { FirstBoxOpinionRequestDto, IsNotBlank } from '@lc/platform';

/** Attachment 4 of seed 004, and the unit (a team or an enterprise) the supervisor belongs to. */
export class RegisterSupervisorRequestDto extends IntersectionType(PersonParticularsDto, FirstBoxOpinionRequestDto) {
  @ApiProperty({ description: "The supervisor's unit: a team (班组) or an enterprise (企业工会)", example: 'team-hengtong-1' })
  @Matches(ORG_UNIT_ID_PATTERN, { message: 'unitId must be an org unit id' })
  unitId: string;

  @ApiProperty({ description: '单位地址' }) @IsString() @IsNotBlank({ message: 'unitAddress is required' }) @MaxLength(200) unitAddress: string;
  @ApiProperty({ example: '313100', description: '邮编' }) @Matches(POSTCODE, { message: 'postcode must be 6 digits' }) postcode: string;
  @ApiPropertyOptional({ description: '何时何地受过何种奖励、称号' }) @IsOptional() @IsString() @MaxLength(2000) pastAwards?: string;
}
