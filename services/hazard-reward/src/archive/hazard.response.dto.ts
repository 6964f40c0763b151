import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class RectificationPlanDto {
  @ApiProperty({ type: 'integer', description: 'Counts the plan and each revision of it' }) version: number;
  @ApiProperty({ type: String, nullable: true, description: '整改措施' }) measures: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '整改时限' }) deadline: string | null;
  @ApiProperty({ type: String, nullable: true }) responsibleUnit: string | null;
  @ApiProperty({ type: String, nullable: true }) responsiblePerson: string | null;
  @ApiProperty({ type: String, nullable: true }) responsiblePhone: string | null;
  @ApiProperty({ type: String, nullable: true }) interimMeasures: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who is designated to post progress' }) updaterUserId: string | null;
}

/** A hazard archive record (隐患档案), one per confirmed report. */
export class HazardDto {
  @ApiProperty({ format: 'uuid', description: 'The confirmed report' }) reportId: string;
  @ApiProperty() enterpriseUnitId: string;
  @ApiProperty({ enum: ['accident', 'occupational'] }) category: string;
  @ApiProperty({ enum: ['general', 'major'] }) grade: string;
  @ApiProperty({ enum: ['open', 'close_out_pending', 'closed'] }) status: string;
  @ApiPropertyOptional({ description: "The report's; in lists and the record, not in a command's answer" }) location?: string;
  @ApiPropertyOptional({ description: "The report's; in lists and the record, not in a command's answer" }) description?: string;
  @ApiProperty({ type: RectificationPlanDto, nullable: true, description: 'null until a plan is set' }) plan: RectificationPlanDto | null;
  @ApiProperty({ description: 'The deadline passed while open, or it was closed after it' }) overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) remindedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) overdueSince: string | null;
  @ApiProperty({ type: String, nullable: true }) escalatedToUnitId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastProgressAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rectificationVerifiedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) closeOutWorkflowId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
}

class HazardTimelineEntryDto {
  @ApiProperty({ example: 'plan-set', description: 'opened, plan-set, plan-revised, progress, reminded, overdue, rectification-verified, rectification-refused, close-out-submitted, close-out-refused, closed' })
  kind: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for what the timer did' }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadline: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    type: [Number],
    description: "The numbers of this entry's photos (a progress update's), for GET /hazards/{id}/progress-photos/{n}; counted from 1 over the whole timeline",
  })
  photoNumbers: number[];
}

export class HazardWithTimelineDto extends HazardDto {
  @ApiProperty({ type: [HazardTimelineEntryDto], description: 'Oldest first' }) timeline: HazardTimelineEntryDto[];
}

export class RecordedProgressDto {
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: 'integer', description: 'How many photos the update carries' }) photos: number;
}
