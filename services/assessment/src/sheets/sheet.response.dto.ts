import { ApiProperty } from '@nestjs/swagger';

const sheetStatuses = ['draft', 'submitted', 'reviewed', 'finalised', 'withdrawn'];

/**
 * What a sheet records for one item, by its rule: { present } | { provided } | { values } | { points }.
 * Checked against the template by the scoring engine, which names the field at fault.
 */
export const ITEM_INPUTS = {
  type: 'object',
  description: "By item key, the input its rule needs: { present: true } | { provided: 3 } | { values: { awareness: 95 } } | { points: 8.5 }",
  additionalProperties: {
    type: 'object',
    properties: {
      present: { type: 'boolean', description: 'presence' },
      provided: { type: 'integer', description: 'per-missing: how many of the required were provided' },
      values: { type: 'object', additionalProperties: { type: 'number' }, description: 'per-shortfall: the rate of each metric, in percent' },
      points: { type: 'number', description: 'judged: the points given' },
    },
  },
} as const;

export const COMMENTS_BY_ITEM = { type: 'object', additionalProperties: { type: 'string' } } as const;

class SheetTemplateRefDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty() name: string;
}

class SheetItemScoreDto {
  @ApiProperty() key: string;
  @ApiProperty({ description: 'The category key' }) category: string;
  @ApiProperty() max: number;
  @ApiProperty() points: number;
  @ApiProperty() deduction: number;
  @ApiProperty({ description: "Why, for the person reading the sheet: '中文 / English'" }) explanation: string;
  @ApiProperty({ description: 'false: no input yet, it counts 0' }) scored: boolean;
}

class SelfScoresDto {
  @ApiProperty(ITEM_INPUTS) inputs: Record<string, unknown>;
  @ApiProperty({ type: [SheetItemScoreDto], description: 'Computed by the system, never typed' }) items: SheetItemScoreDto[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Every item has an input' }) complete: boolean;
}

class ReviewScoresDto extends SelfScoresDto {
  @ApiProperty({ ...COMMENTS_BY_ITEM, description: 'By item key: why the review differs from the self score' }) comments: Record<string, string>;
}

class SheetEvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() itemKey: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Where to download it' }) path: string;
}

/** A sheet as people read it: inputs, the system's scores per item and totals, and states. */
export class AssessmentSheetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) competitionId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: ['enterprise_union', 'team'] }) unitKind: string;
  @ApiProperty({ type: SheetTemplateRefDto }) template: SheetTemplateRefDto;
  @ApiProperty({ type: 'integer', description: 'Counts the corrections of a finalised sheet' }) revision: number;
  @ApiProperty({ enum: sheetStatuses }) status: string;
  @ApiProperty() maxScore: number;
  @ApiProperty() passThreshold: number;
  @ApiProperty({ type: SelfScoresDto, description: '自评分' }) self: SelfScoresDto;
  @ApiProperty({ type: ReviewScoresDto, description: '考核分' }) review: ReviewScoresDto;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null until finalised' }) passed: boolean | null;
  @ApiProperty({ type: String, nullable: true }) correctionReason: string | null;
  @ApiProperty({ type: [SheetEvidenceDto], description: 'Only on the sheet itself, empty in lists and command answers' }) evidence: SheetEvidenceDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) finalisedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalisedAt: string | null;
}

class SheetRevisionDto {
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ description: 'The review total of that revision' }) total: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was corrected; null for the first' }) reason: string | null;
  @ApiProperty() finalisedBy: string;
  @ApiProperty({ format: 'date-time' }) finalisedAt: string;
}

export class AssessmentSheetWithRevisionsDto extends AssessmentSheetDto {
  @ApiProperty({ type: [SheetRevisionDto], description: 'Finalised revisions, oldest first' }) revisions: SheetRevisionDto[];
}

export class EvidenceAddedDto extends SheetEvidenceDto {}

class ConfiguredTemplateDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class AssessmentConfigurationDto {
  @ApiProperty({ format: 'uuid' }) competitionId: string;
  @ApiProperty({ type: ConfiguredTemplateDto }) template: ConfiguredTemplateDto;
  @ApiProperty({ type: 'integer', description: 'Sheets opened for units enrolled so far' }) sheetsOpened: number;
}
