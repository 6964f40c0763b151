import { scoreSheet, SheetInputs } from '@lc/scoring';
import type { TemplateRow } from '../templates/template.row';

export type SheetStatus = 'draft' | 'submitted' | 'reviewed' | 'finalised' | 'withdrawn';

export interface SheetRow {
  id: string;
  competition_id: string;
  unit_id: string;
  unit_path: string;
  unit_kind: 'enterprise_union' | 'team';
  template_id: string;
  revision: number;
  status: SheetStatus;
  self_inputs: SheetInputs;
  self_total: string | null;
  review_inputs: SheetInputs;
  review_comments: Record<string, string>;
  review_total: string | null;
  passed: boolean | null;
  correction_reason: string | null;
  submitted_at: Date | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  finalised_by: string | null;
  finalised_at: Date | null;
}

/** The sheet as people read it: inputs, the system's scores per item and totals (never typed), and states. */
export function sheetView(row: SheetRow, template: TemplateRow, evidence: { id: string; item_key: string; file_name: string }[] = []) {
  const self = scoreSheet(template.definition, row.self_inputs);
  const review = scoreSheet(template.definition, row.review_inputs);
  return {
    id: row.id,
    competitionId: row.competition_id,
    unitId: row.unit_id,
    unitKind: row.unit_kind,
    template: { code: template.code, version: template.version, name: template.name },
    revision: row.revision,
    status: row.status,
    maxScore: self.max,
    passThreshold: self.passThreshold,
    self: { inputs: row.self_inputs, items: self.items, total: self.total, complete: self.complete },
    review: { inputs: row.review_inputs, comments: row.review_comments, items: review.items, total: review.total, complete: review.complete },
    passed: row.passed,
    correctionReason: row.correction_reason,
    evidence: evidence.map((e) => ({ id: e.id, itemKey: e.item_key, fileName: e.file_name, path: `/assessment-sheets/${row.id}/evidence/${e.id}` })),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    finalisedBy: row.finalised_by,
    finalisedAt: row.finalised_at?.toISOString() ?? null,
  };
}
