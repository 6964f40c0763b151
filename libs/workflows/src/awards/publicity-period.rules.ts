import type {
  LodgeObjectionRequest,
  ObjectionAnswer,
  ObjectionRecord,
  ObjectionState,
  PublicityOutcomeRecord,
  PublicityPeriodInput,
  PublicityState,
  RuleOnObjectionRequest,
  RulingRecord,
} from './publicity-period.types';
import { DEFAULT_PUBLICITY_PERIOD_SECONDS } from './publicity-period.types';

/**
 * The rules of the publicity period as pure functions of its state and the workflow's clock (`nowMs`):
 * what a message may do (validate*) and what it does (apply*). The workflow only wires them to
 * Temporal. Apply functions return a new state and never mutate the one given; a message at or after
 * the end counts as after it, whether or not the end timer has fired yet.
 */

/** Refusals name what is wrong, for the person who tried. */
export class PublicityRequestRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublicityRequestRefused';
  }
}

export function validatePublicityInput(input: PublicityPeriodInput): string | null {
  if (typeof input.nominationId !== 'string' || input.nominationId.trim() === '') return 'a publicity period needs a nomination id';
  const seconds = input.periodSeconds;
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) return `the publicity period must be a positive number of seconds, not ${seconds}`;
  if (input.endsAt !== undefined && Number.isNaN(Date.parse(input.endsAt))) return `the publicity period's end must be an instant, not ${input.endsAt}`;
  return null;
}

export function initialPublicityState(input: PublicityPeriodInput, startMs: number): PublicityState {
  const periodMs = (input.periodSeconds ?? DEFAULT_PUBLICITY_PERIOD_SECONDS) * 1000;
  const endsAt = input.endsAt !== undefined ? new Date(input.endsAt) : new Date(startMs + periodMs);
  return { endsAt: endsAt.toISOString(), ended: false, objections: [], outcome: null, upheldObjectionId: null };
}

/** The period is over at endsAt, for the timer and for messages alike. */
export function periodOver(state: PublicityState, nowMs: number): boolean {
  return state.ended || nowMs >= Date.parse(state.endsAt);
}

export function validateObjection(state: PublicityState, request: LodgeObjectionRequest, nowMs: number): void {
  if (findObjection(state, request.objectionId)) return; // the same objection again: answered as it stands
  if (request.objectionId.trim() === '') refuse('an objection needs an id');
  refuseIfDecided(state, 'no objection can be lodged');
  if (periodOver(state, nowMs)) refuse(`the publicity period ended at ${state.endsAt}; objections are no longer accepted`);
}

/** A new objection is pending until ruled on; a repeated one changes nothing. */
export function applyObjection(state: PublicityState, request: LodgeObjectionRequest, nowMs: number): PublicityState {
  validateObjection(state, request, nowMs);
  if (findObjection(state, request.objectionId)) return state;
  return { ...state, objections: [...state.objections, { id: request.objectionId, status: 'pending' }] };
}

export function validateRuling(state: PublicityState, request: RuleOnObjectionRequest): void {
  const objection = findObjection(state, request.objectionId);
  if (!objection) refuse(`no objection ${request.objectionId} was lodged against this nomination`);
  const status = rulingStatus(request);
  if (objection.status === status) return; // the same ruling again: answered as it stands
  if (objection.status !== 'pending') refuse(`objection ${objection.id} was already ruled ${objection.status}; it cannot now be ${status}`);
  refuseIfDecided(state, `objection ${objection.id} can no longer be ruled on`);
}

/**
 * Upheld: the nomination is withdrawn at once, before or after the end. Dismissed: it passes if the
 * period is over and nothing else is pending, else it keeps waiting. A repeated ruling changes nothing.
 */
export function applyRuling(state: PublicityState, request: RuleOnObjectionRequest, nowMs: number): PublicityState {
  validateRuling(state, request);
  const status = rulingStatus(request);
  if (findObjection(state, request.objectionId)?.status === status) return state;
  const ruled: PublicityState = {
    ...state,
    objections: state.objections.map((o) => (o.id === request.objectionId ? { ...o, status } : o)),
  };
  if (request.upheld) return { ...ruled, outcome: 'withdrawn', upheldObjectionId: request.objectionId };
  return decideAtEnd(periodOver(ruled, nowMs) ? { ...ruled, ended: true } : ruled);
}

/** The end timer fired: the period is over; it passes unless an objection is still pending. */
export function applyPeriodEnd(state: PublicityState): PublicityState {
  return state.ended ? state : decideAtEnd({ ...state, ended: true });
}

export function pendingObjections(state: PublicityState): ObjectionState[] {
  return state.objections.filter((o) => o.status === 'pending');
}

/** What an update answers about the objection it named. */
export function objectionAnswer(state: PublicityState, objectionId: string): ObjectionAnswer {
  const objection = findObjection(state, objectionId);
  if (!objection) throw new Error(`objection ${objectionId} is unknown`);
  return { objectionId, status: objection.status, outcome: state.outcome };
}

/** What the service stores of an accepted objection; null for a request that names nobody (older callers). */
export function objectionRecord(nominationId: string, request: LodgeObjectionRequest): ObjectionRecord | null {
  if (!request.lodgedBy || request.reason === undefined) return null;
  return {
    nominationId,
    objectionId: request.objectionId,
    lodgedBy: request.lodgedBy,
    reason: request.reason,
    correlationId: request.correlationId ?? `objection-${request.objectionId}`,
  };
}

/** What the service stores of an accepted ruling; null for a request that names nobody (older callers). */
export function rulingRecord(nominationId: string, request: RuleOnObjectionRequest): RulingRecord | null {
  if (!request.ruledBy) return null;
  return {
    nominationId,
    objectionId: request.objectionId,
    upheld: request.upheld,
    ruledBy: request.ruledBy,
    note: request.note ?? null,
    correlationId: request.correlationId ?? `ruling-${request.objectionId}`,
  };
}

/** The activity's argument once the outcome is decided. */
export function outcomeRecord(nominationId: string, state: PublicityState): PublicityOutcomeRecord {
  if (state.outcome === 'passed') return { nominationId, outcome: 'passed' };
  if (state.outcome === 'withdrawn' && state.upheldObjectionId !== null) return { nominationId, outcome: 'withdrawn', objectionId: state.upheldObjectionId };
  throw new Error(`the publicity of nomination ${nominationId} has no outcome yet`);
}

function decideAtEnd(state: PublicityState): PublicityState {
  if (state.outcome !== null || !state.ended || pendingObjections(state).length > 0) return state;
  return { ...state, outcome: 'passed' };
}

function refuseIfDecided(state: PublicityState, what: string): void {
  if (state.outcome === 'withdrawn') refuse(`the nomination was withdrawn after objection ${state.upheldObjectionId} was upheld; ${what}`);
  if (state.outcome === 'passed') refuse(`the nomination has passed its publicity period; ${what}`);
}

function findObjection(state: PublicityState, objectionId: string): ObjectionState | undefined {
  return state.objections.find((o) => o.id === objectionId);
}

const rulingStatus = (request: RuleOnObjectionRequest): ObjectionState['status'] => (request.upheld ? 'upheld' : 'dismissed');

function refuse(message: string): never {
  throw new PublicityRequestRefused(message);
}
