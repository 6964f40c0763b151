/**
 * The publicity period (公示) of a nomination for an honour, once its approval chain has approved it:
 * the nomination is listed publicly for a period, during which anyone in scope may lodge an objection
 * (异议); the conferring unit rules on each (upheld or dismissed). One upheld objection withdraws the
 * nomination; once the period has ended with no objection pending, the nomination passes and the
 * owning service confers the honour. The workflow accepts or refuses each objection and ruling, and
 * the owning service's activities store the accepted ones (who, reason, opinion) in its database, so
 * that nothing is stored for a refused one and nothing accepted is lost.
 */

export const publicityPeriodWorkflowType = 'publicityPeriod';

/** One publicity period per nomination: starting it twice is refused by Temporal. */
export const publicityPeriodWorkflowId = (nominationId: string): string => `publicity-${nominationId}`;

/** 公示期: seven days unless the input says otherwise. */
export const DEFAULT_PUBLICITY_PERIOD_SECONDS = 7 * 86_400;

export interface PublicityPeriodInput {
  nominationId: string;
  /** How long the nomination is listed, from the start of the workflow; DEFAULT_PUBLICITY_PERIOD_SECONDS if absent. */
  periodSeconds?: number;
  /**
   * When the period ends (ISO 8601), as the service counted it in working days (工作日) by the official
   * calendar; when given, it decides and periodSeconds is ignored.
   */
  endsAt?: string;
}

export type ObjectionStatus = 'pending' | 'upheld' | 'dismissed';

export interface ObjectionState {
  id: string;
  status: ObjectionStatus;
}

/** 'passed': the honour may be conferred. 'withdrawn': an objection was upheld. */
export type PublicityOutcome = 'passed' | 'withdrawn';

/** What the `publicityState` query answers, and what the workflow returns when it ends. */
export interface PublicityState {
  /** When the period ends (ISO 8601); objections are refused from then on. */
  endsAt: string;
  ended: boolean;
  /** In the order they were lodged. */
  objections: ObjectionState[];
  /** Null while undecided. */
  outcome: PublicityOutcome | null;
  /** The upheld objection that withdrew the nomination, else null. */
  upheldObjectionId: string | null;
}

/** Who acts, as the audit trail names them. */
export interface PublicityActor {
  userId: string;
  orgUnitId: string;
}

/** An objection, under an id the service chose; once accepted, the service stores it (recordObjection). */
export interface LodgeObjectionRequest {
  objectionId: string;
  /** Absent only in runs from before objections were stored by the workflow's activity. */
  lodgedBy?: PublicityActor;
  reason?: string;
  correlationId?: string;
}

/** The conferring unit's ruling on a pending objection; once accepted, the service stores it (recordRuling). */
export interface RuleOnObjectionRequest {
  objectionId: string;
  upheld: boolean;
  /** Absent only in runs from before rulings were stored by the workflow's activity. */
  ruledBy?: PublicityActor;
  note?: string | null;
  correlationId?: string;
}

/** An accepted objection, for the service to store (idempotent by objection id). */
export interface ObjectionRecord {
  nominationId: string;
  objectionId: string;
  lodgedBy: PublicityActor;
  reason: string;
  correlationId: string;
}

/** An accepted ruling, for the service to store (idempotent by objection id). */
export interface RulingRecord {
  nominationId: string;
  objectionId: string;
  upheld: boolean;
  ruledBy: PublicityActor;
  note: string | null;
  correlationId: string;
}

/** The answer to either update, once applied (and, when it decided the outcome, once that is recorded). */
export interface ObjectionAnswer {
  objectionId: string;
  status: ObjectionStatus;
  outcome: PublicityOutcome | null;
}

export type PublicityOutcomeRecord =
  | { nominationId: string; outcome: 'passed' }
  | { nominationId: string; outcome: 'withdrawn'; objectionId: string };

/**
 * The owning service implements these. recordPublicityOutcome: on 'passed' it confers the honour, on
 * 'withdrawn' it withdraws the nomination; called once per run. recordObjection and recordRuling store
 * what the workflow accepted. Each must itself be idempotent (activity retries).
 */
export interface PublicityPeriodActivities {
  recordPublicityOutcome(record: PublicityOutcomeRecord): Promise<void>;
  recordObjection(record: ObjectionRecord): Promise<void>;
  recordRuling(record: RulingRecord): Promise<void>;
}
