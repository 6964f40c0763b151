import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { FirstBoxOpinionRequestDto, IsCalendarDate, IsNotBlank } from '@lc/platform';
import { ORG_UNIT_ID_PATTERN } from '../../org-units/commands/create-org-unit/create-org-unit.request.dto';

class ServiceNeededDto {
  @ApiProperty({ description: '项目', example: '变频节能改造' })
  @IsString()
  @IsNotBlank({ message: 'project is required' })
  @MaxLength(200)
  project: string;

  @ApiProperty({ description: '内容', example: '空压机组变频改造的技术指导' })
  @IsString()
  @IsNotBlank({ message: 'content is required' })
  @MaxLength(2000)
  content: string;

  @ApiProperty({ description: '专业或工种', example: '电气自动化' })
  @IsString()
  @IsNotBlank({ message: 'specialtyOrTrade is required' })
  @MaxLength(100)
  specialtyOrTrade: string;
}

class TrainingNeedDto {
  @ApiProperty({ description: '工种', example: '维修电工' }) @IsString() @IsNotBlank() @MaxLength(50) trade: string;
  @ApiProperty({ description: '人数', example: 12 }) @IsInt({ message: 'headcount must be a whole number' }) @Min(1, { message: 'headcount must be at least 1' }) @Max(100_000) headcount: number;
}

/** Attachment 5 of seed 004, as the enterprise's union fills it in. */
export class RequestTechnicalServiceRequestDto extends FirstBoxOpinionRequestDto {
  @ApiProperty({ description: 'The enterprise (企业工会) that needs the service', example: 'ent-hengtong' })
  @Matches(ORG_UNIT_ID_PATTERN, { message: 'enterpriseUnitId must be an org unit id' })
  enterpriseUnitId: string;

  @ApiProperty({ description: '工会主席' }) @IsString() @IsNotBlank({ message: 'unionChairman is required' }) @MaxLength(50) unionChairman: string;

  @ApiProperty({ description: '联系电话/QQ 号/微信号', example: '0572-6012345 / QQ 12345678' })
  @IsString()
  @IsNotBlank({ message: 'contact is required: a phone number, QQ or WeChat' })
  @MaxLength(100)
  contact: string;

  @ApiProperty({ description: '企业地址' }) @IsString() @IsNotBlank({ message: 'enterpriseAddress is required' }) @MaxLength(200) enterpriseAddress: string;

  @ApiProperty({ type: ServiceNeededDto, description: '急需技术服务的项目、内容（专业或工种）' })
  @IsDefined({ message: 'service is required' })
  @ValidateNested()
  @Type(() => ServiceNeededDto)
  service: ServiceNeededDto;

  @ApiProperty({ type: [TrainingNeedDto], description: '职工技能培训需求: 工种 and 人数, one row per trade (may be empty)' })
  @IsArray({ message: 'trainingNeeds must be a list of { trade, headcount }' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TrainingNeedDto)
  trainingNeeds: TrainingNeedDto[];
}

/** 服务内容完成情况, recorded by the county or township union that served. */
export class RecordDeliveryRequestDto {
  @ApiProperty({ description: 'What was done', example: '派出职工技术服务队 3 人，完成空压机组变频改造指导，培训维修电工 12 人' })
  @IsString()
  @IsNotBlank({ message: 'what is required: say what was delivered' })
  @MaxLength(2000)
  what: string;

  @ApiProperty({ description: 'By whom', example: '县总工会职工技术服务队 张工、李工' })
  @IsString()
  @IsNotBlank({ message: 'deliveredBy is required: say who delivered it' })
  @MaxLength(200)
  deliveredBy: string;

  @ApiProperty({ description: 'When it was completed', example: '2026-05-20' })
  @IsCalendarDate()
  deliveredOn: string;
}

/** 企业对服务项目和人员的评价 */
export class RateServiceRequestDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: '1 (poor) to 5 (excellent)' })
  @IsInt({ message: 'score must be a whole number from 1 to 5' })
  @Min(1, { message: 'score must be a whole number from 1 to 5' })
  @Max(5, { message: 'score must be a whole number from 1 to 5' })
  score: number;

  @ApiProperty({ description: 'The evaluation of the service and the people who delivered it', example: '服务及时，效果明显' })
  @IsString()
  @IsNotBlank({ message: 'comment is required: say how the service and its people served the enterprise' })
  @MaxLength(2000)
  comment: string;
}
