import { FollowedRectificationDto } from './report.response.dto';

/** The columns of a report's hazard (`h`, LEFT JOINed on the report) that its reporter is told of. */
export const RECTIFICATION_COLUMNS = 'h.status AS hazard_status, h.deadline, h.overdue_since, h.last_progress_at, h.closed_at';

export interface RectificationRow {
  hazard_status: string | null;
  deadline: Date | null;
  overdue_since: Date | null;
  last_progress_at: Date | null;
  closed_at: Date | null;
}

/** The rectification of a reported hazard as its reporter sees it, or null while it is not a confirmed hazard. */
export function rectificationOf(row: RectificationRow): FollowedRectificationDto | null {
  if (!row.hazard_status) return null;
  return {
    status: row.hazard_status,
    deadline: row.deadline?.toISOString() ?? null,
    overdue: row.overdue_since !== null,
    lastProgressAt: row.last_progress_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}
