export type NominationStatus = 'candidate' | 'submitted' | 'publicity' | 'conferred' | 'withdrawn' | 'rejected' | 'over_quota';

export interface NominationRow {
  id: string;
  honour_code: string;
  year: number;
  conferring_unit_id: string;
  conferring_path: string;
  nominee_kind: 'person' | 'team' | 'unit';
  nominee_id: string;
  nominee_name: string;
  nominee_unit_id: string;
  nominee_path: string;
  source: 'assessment' | 'hazard' | 'manual';
  priority: boolean;
  competition_id: string | null;
  material: string | null;
  status: NominationStatus;
  status_note: string | null;
  holds_quota: boolean;
  approval_workflow_id: string | null;
  publicity_ends_at: Date | null;
  /** When it was approved over quota and began to wait (候补). */
  waiting_since: Date | null;
  /** Its place in the waiting list, where the query asked for it (NOMINATION_COLUMNS). */
  waiting_position?: number | null;
  created_at: Date;
}

/** A nomination's columns with its place in its quota's waiting list (1 = the next to get a freed place), for reads. */
export const NOMINATION_COLUMNS = `n.*, CASE WHEN n.status = 'over_quota' THEN (SELECT count(*)::int FROM nominations w
   WHERE w.honour_code = n.honour_code AND w.conferring_unit_id = n.conferring_unit_id AND w.year = n.year AND w.status = 'over_quota'
     AND (w.waiting_since, w.id) <= (n.waiting_since, n.id)) END AS waiting_position`;

export const nominationView = (n: NominationRow) => ({
  id: n.id,
  honourCode: n.honour_code,
  year: n.year,
  conferringUnitId: n.conferring_unit_id,
  nominee: { kind: n.nominee_kind, id: n.nominee_id, name: n.nominee_name, unitId: n.nominee_unit_id },
  source: n.source,
  /** 优先推荐: a passing result of the competition's assessment. */
  priority: n.priority,
  competitionId: n.competition_id,
  material: n.material,
  status: n.status,
  note: n.status_note,
  approvalWorkflowId: n.approval_workflow_id,
  publicityEndsAt: n.publicity_ends_at?.toISOString() ?? null,
  waitingSince: n.status === 'over_quota' ? (n.waiting_since?.toISOString() ?? null) : null,
  waitingPosition: n.status === 'over_quota' ? (n.waiting_position ?? null) : null,
  /** It waited over quota and took a freed place (候补递补). */
  promotedFromWaitingList: n.status !== 'over_quota' && n.waiting_since !== null,
  createdAt: n.created_at.toISOString(),
});

/** What award.* events say of a nomination. */
export const nominationRef = (n: NominationRow) => ({
  nominationId: n.id,
  honourCode: n.honour_code,
  year: n.year,
  conferringUnitId: n.conferring_unit_id,
  nomineeKind: n.nominee_kind,
  nomineeId: n.nominee_id,
  nomineeName: n.nominee_name,
});

export const nominationAuditEntity = (n: NominationRow) => ({ type: 'nomination', id: n.id, orgUnitId: n.nominee_unit_id, orgPath: n.nominee_path });
