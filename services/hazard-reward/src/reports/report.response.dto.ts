import { ApiProperty } from '@nestjs/swagger';
import { HazardReportView } from './report.row';

export const rewardStatuses = ['no_scheme', 'awaiting_approval', 'queued', 'issued', 'paid', 'rejected'] as const;
export const hazardStatuses = ['open', 'close_out_pending', 'closed'] as const;

const yuan = { example: '200.00', description: 'Yuan, two decimals' };

class MyReportRewardDto {
  @ApiProperty({ enum: rewardStatuses }) status: string;
  @ApiProperty(yuan) amountYuan: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why it waits or was refused' }) note: string | null;
}

/** How the rectification of a confirmed hazard stands, as its reporter may know it. */
export class FollowedRectificationDto {
  @ApiProperty({ enum: hazardStatuses }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadline: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastProgressAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
}

export class MyHazardReportDto extends HazardReportView {
  @ApiProperty({ type: MyReportRewardDto, nullable: true, description: 'null while no reward was decided' }) reward: MyReportRewardDto | null;
  @ApiProperty({ type: FollowedRectificationDto, nullable: true, description: 'null until the hazard is confirmed' }) rectification: FollowedRectificationDto | null;
}

export class MyHazardReportsPageDto {
  @ApiProperty({ type: [MyHazardReportDto], description: 'Newest first' }) items: MyHazardReportDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ ...yuan, description: 'Paid to me for all my named reports' }) paidYuan: string;
}

class FollowedRewardDto extends MyReportRewardDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) claimedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) redeemedAt: string | null;
}

/** An anonymous report as its key and PIN show it: no reporter, no photos. */
export class FollowedAnonymousReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() enterpriseUnitId: string;
  @ApiProperty() location: string;
  @ApiProperty({ enum: ['accident', 'occupational'] }) category: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty({ enum: ['reported', 'confirmed', 'duplicate', 'rejected'] }) status: string;
  @ApiProperty({ nullable: true, enum: ['general', 'major'] }) grade: string | null;
  @ApiProperty({ type: String, nullable: true }) verdictReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
  @ApiProperty({ type: FollowedRectificationDto, nullable: true, description: 'null until the hazard is confirmed' }) rectification: FollowedRectificationDto | null;
  @ApiProperty({ type: FollowedRewardDto, nullable: true }) reward: FollowedRewardDto | null;
}

export class AnonymousRewardClaimDto {
  @ApiProperty({ description: 'Shown this once; used once' }) claimCode: string;
  @ApiProperty(yuan) amountYuan: string;
  @ApiProperty({ description: 'The union whose finance pays it' }) issuingUnitId: string;
  @ApiProperty() notice: string;
}
