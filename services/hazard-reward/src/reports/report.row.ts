import { ApiProperty } from '@nestjs/swagger';
import type { Principal } from '@lc/auth';
import type { HazardCategory, HazardGrade } from '@lc/contracts';
import { inVerificationChain } from './reporter-visibility';

export interface StoredPhotoRef {
  key: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
}

/** A row of hazard_reports with its named reporter, if any, joined in. */
export interface ReportRow {
  id: string;
  enterprise_unit_id: string;
  enterprise_path: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  category: HazardCategory;
  description: string;
  photos: StoredPhotoRef[];
  anonymous: boolean;
  /** Named reports only: an anonymous report keeps no tag. */
  reporter_tag: string | null;
  reported_at: Date;
  status: 'reported' | 'confirmed' | 'duplicate' | 'rejected';
  grade: HazardGrade | null;
  duplicate_of: string | null;
  verdict_reason: string | null;
  verified_at: Date | null;
  reporter_user_id: string | null;
  reporter_name: string | null;
}

export const REPORT_COLUMNS = `r.id, r.enterprise_unit_id, r.enterprise_path, r.location, r.latitude, r.longitude, r.category,
  r.description, r.photos, r.anonymous, r.reporter_tag, r.reported_at, r.status, r.grade, r.duplicate_of, r.verdict_reason,
  r.verified_at, p.user_id AS reporter_user_id, p.display_name AS reporter_name`;
export const REPORT_FROM = `hazard_reports r LEFT JOIN hazard_reporters p ON p.report_id = r.id`;

export class ReporterView {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
}

export class HazardReportView {
  @ApiProperty() id: string;
  @ApiProperty() enterpriseUnitId: string;
  @ApiProperty() location: string;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty({ enum: ['accident', 'occupational'] }) category: HazardCategory;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String], description: 'Paths of the photos, in the order they were sent' }) photos: string[];
  @ApiProperty() anonymous: boolean;
  @ApiProperty({
    type: ReporterView,
    nullable: true,
    description: 'Only for the union verification chain, and only for named reports',
  })
  reporter: ReporterView | null;
  @ApiProperty({ description: 'Whether the caller made this report' }) mine: boolean;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty({ enum: ['reported', 'confirmed', 'duplicate', 'rejected'] }) status: string;
  @ApiProperty({ nullable: true, enum: ['general', 'major'] }) grade: HazardGrade | null;
  @ApiProperty({ type: String, nullable: true, description: 'The report this one repeats' }) duplicateOf: string | null;
  @ApiProperty({ type: String, nullable: true }) verdictReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
}

/** The report as this caller may see it: the reporter only for the verification chain, and never the tag. */
export function reportView(row: ReportRow, viewer: Principal, viewerTag: string): HazardReportView {
  const showReporter = !row.anonymous && row.reporter_user_id !== null && inVerificationChain(viewer, row.enterprise_path);
  return {
    id: row.id,
    enterpriseUnitId: row.enterprise_unit_id,
    location: row.location,
    latitude: row.latitude,
    longitude: row.longitude,
    category: row.category,
    description: row.description,
    photos: row.photos.map((_, i) => `/hazard-reports/${row.id}/photos/${i + 1}`),
    anonymous: row.anonymous,
    reporter: showReporter ? { userId: row.reporter_user_id as string, displayName: row.reporter_name as string } : null,
    mine: row.reporter_tag !== null && row.reporter_tag === viewerTag,
    reportedAt: row.reported_at.toISOString(),
    status: row.status,
    grade: row.grade,
    duplicateOf: row.duplicate_of,
    verdictReason: row.verdict_reason,
    verifiedAt: row.verified_at?.toISOString() ?? null,
  };
}
