import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ApprovalStepSummaryDto } from '@lc/platform';
import { RecordDeliveryRequestDto, RateServiceRequestDto, RequestTechnicalServiceRequestDto } from './technical-service.request.dto';
import { technicalServiceStatuses } from './technical-service-states';

class TechnicalServiceFormDto extends OmitType(RequestTechnicalServiceRequestDto, ['enterpriseUnitId'] as const) {}

class TechnicalServiceDeliveryDto extends RecordDeliveryRequestDto {
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

class TechnicalServiceRatingDto extends RateServiceRequestDto {
  @ApiProperty() ratedBy: string;
  @ApiProperty({ format: 'date-time' }) ratedAt: string;
}

class ServedEnterpriseDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** A request (attachment 5) and each later box of it as far as it is filled. */
export class TechnicalServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ServedEnterpriseDto }) enterprise: ServedEnterpriseDto;
  @ApiProperty({ type: TechnicalServiceFormDto }) form: TechnicalServiceFormDto;
  @ApiProperty({ enum: technicalServiceStatuses }) status: string;
  @ApiProperty() workflowId: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty({ format: 'date-time', description: '填写日期' }) requestedAt: string;
  @ApiProperty({ type: String, nullable: true, description: '乡镇（街道、园区）（总）工会，县直属产业（行业）工会（工委）意见' }) townshipOpinion: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: TechnicalServiceDeliveryDto, nullable: true, description: '服务内容完成情况' }) delivery: TechnicalServiceDeliveryDto | null;
  @ApiProperty({ type: TechnicalServiceRatingDto, nullable: true, description: '企业对服务项目和人员的评价' }) rating: TechnicalServiceRatingDto | null;
}

export class RequestedTechnicalServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ enum: ['requested'] }) status: 'requested';
  @ApiProperty({ type: [ApprovalStepSummaryDto] }) steps: ApprovalStepSummaryDto[];
}
