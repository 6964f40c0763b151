import type { HazardCategory, HazardGrade } from '@lc/contracts';

export type HazardStatus = 'open' | 'close_out_pending' | 'closed';

/** A row of the hazard archive (隐患档案), one per confirmed report. */
export interface HazardRow {
  report_id: string;
  enterprise_unit_id: string;
  enterprise_path: string;
  category: HazardCategory;
  grade: HazardGrade;
  status: HazardStatus;
  measures: string | null;
  deadline: Date | null;
  responsible_unit: string | null;
  responsible_person: string | null;
  responsible_phone: string | null;
  interim_measures: string | null;
  updater_user_id: string | null;
  plan_version: number;
  last_progress_at: Date | null;
  rectification_verified_at: Date | null;
  reminded_at: Date | null;
  overdue_since: Date | null;
  escalated_to_unit_id: string | null;
  close_out_workflow_id: string | null;
  closed_at: Date | null;
  opened_at: Date;
}

/** Overdue: the deadline passed while the hazard was still open, or it was closed after its deadline. */
export const isOverdue = (row: HazardRow, now = new Date()): boolean =>
  row.deadline !== null && (row.closed_at ? row.closed_at > row.deadline : row.deadline <= now);

export function hazardView(row: HazardRow & { location?: string; description?: string }) {
  return {
    reportId: row.report_id,
    enterpriseUnitId: row.enterprise_unit_id,
    category: row.category,
    grade: row.grade,
    status: row.status,
    location: row.location,
    description: row.description,
    plan:
      row.plan_version === 0
        ? null
        : {
            version: row.plan_version,
            measures: row.measures,
            deadline: row.deadline?.toISOString() ?? null,
            responsibleUnit: row.responsible_unit,
            responsiblePerson: row.responsible_person,
            responsiblePhone: row.responsible_phone,
            interimMeasures: row.interim_measures,
            updaterUserId: row.updater_user_id,
          },
    overdue: isOverdue(row),
    remindedAt: row.reminded_at?.toISOString() ?? null,
    overdueSince: row.overdue_since?.toISOString() ?? null,
    escalatedToUnitId: row.escalated_to_unit_id,
    lastProgressAt: row.last_progress_at?.toISOString() ?? null,
    rectificationVerifiedAt: row.rectification_verified_at?.toISOString() ?? null,
    closeOutWorkflowId: row.close_out_workflow_id,
    closedAt: row.closed_at?.toISOString() ?? null,
    openedAt: row.opened_at.toISOString(),
  };
}
