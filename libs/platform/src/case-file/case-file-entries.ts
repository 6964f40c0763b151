import type { AuditEntryCheck, CheckedAuditEntry, JsonValue } from '@lc/audit';

/** Who acted, as a case file may show them: never a user id, and a reporter only when the viewer may know them. */
export type CaseFileActorKind = 'user' | 'system' | 'anonymous-reporter' | 'reporter' | 'objector';

export interface CaseFileActor {
  kind: CaseFileActorKind;
  /** The user's name; null for the system, an anonymous reporter, and a reporter the viewer may not know. */
  displayName: string | null;
}

/** How an item's reporter appears in its own trail (their audit actor is a pseudonym, `reporter-of:<report id>`). */
export interface ReporterDisclosure {
  actorId: string;
  anonymous: boolean;
  /** The reporter's name, given only when the viewer may see who reported (never for an anonymous report). */
  displayName: string | null;
}

export interface CaseFileEntry {
  at: string;
  /** The audit action, `<entity>.<past-tense verb>`, e.g. 'hazard.confirmed', 'approval.step-approved'. */
  action: string;
  entityType: string;
  entityId: string;
  actor: CaseFileActor;
  /** The unit the actor acted for. */
  unit: { id: string; name: string | null };
  /** The opinion of an approval step, a verdict's reason, a note. */
  opinion: string | null;
  /** What the entry changed that a reader needs, from a fixed list of fields (see CASE_FILE_FACTS). */
  facts: Record<string, string | number | boolean>;
  audit: { entryId: string; seq: number | null; check: AuditEntryCheck };
}

/**
 * The fields of an entry's `after` a case file shows. Anything else (user ids of approvers waiting,
 * phone numbers, correlation ids) stays in the trail, for auditors who export it.
 */
export const CASE_FILE_FACTS = [
  'status',
  'grade',
  'category',
  'location',
  'photos',
  'anonymous',
  'duplicateOf',
  'amountYuan',
  'rewardYuan',
  'budgetYear',
  'deadline',
  'measures',
  'responsibleUnit',
  'responsiblePerson',
  'interimMeasures',
  'note',
  'publicityEndsAt',
  'honourCode',
  'nomineeName',
  'certificateNo',
] as const;

export const SYSTEM_ACTOR = /^system(:|$)/;
export const REPORTER_ACTOR = /^reporter-of:/;

export function caseFileActor(
  actorId: string,
  names: ReadonlyMap<string, string>,
  reporters: readonly ReporterDisclosure[],
): CaseFileActor {
  if (SYSTEM_ACTOR.test(actorId)) return { kind: 'system', displayName: null };
  const reporter = reporters.find((r) => r.actorId === actorId);
  if (reporter?.anonymous) return { kind: 'anonymous-reporter', displayName: null };
  if (reporter) return { kind: 'reporter', displayName: reporter.displayName };
  // A reporter of another report (a duplicate's first reporter): named nowhere here.
  if (REPORTER_ACTOR.test(actorId)) return { kind: 'reporter', displayName: null };
  return { kind: 'user', displayName: names.get(actorId) ?? null };
}

export function caseFileFacts(after: JsonValue): CaseFileEntry['facts'] {
  if (after === null || typeof after !== 'object' || Array.isArray(after)) return {};
  const facts: CaseFileEntry['facts'] = {};
  for (const key of CASE_FILE_FACTS) {
    const value = after[key];
    // A field the step left empty (a confirmation's duplicateOf) says nothing.
    if (value !== null && value !== undefined && ['string', 'number', 'boolean'].includes(typeof value)) facts[key] = value as string | number | boolean;
  }
  return facts;
}

/** Who may stay unnamed in a file: the item's reporter, and whoever did an action kept unnamed (an objection during 公示). */
export interface ConcealedActors {
  reporters?: readonly ReporterDisclosure[];
  /** action → how its actor is shown, never by name. */
  actions?: Readonly<Record<string, 'objector'>>;
}

/** The entries of a case file, oldest first, from an item's checked trail and the names of users and units. */
export function caseFileEntries(
  trail: readonly CheckedAuditEntry[],
  names: { users: ReadonlyMap<string, string>; units: ReadonlyMap<string, string> },
  concealed: ConcealedActors = {},
): CaseFileEntry[] {
  const concealedAs = (action: string): CaseFileActor | null =>
    concealed.actions && Object.hasOwn(concealed.actions, action) ? { kind: concealed.actions[action], displayName: null } : null;
  return trail.map(({ entry, check }) => ({
    at: entry.occurredAt.toISOString(),
    action: entry.action,
    entityType: entry.entity.type,
    entityId: entry.entity.id,
    actor: concealedAs(entry.action) ?? caseFileActor(entry.actor.userId, names.users, concealed.reporters ?? []),
    unit: { id: entry.actor.orgUnitId, name: names.units.get(entry.actor.orgUnitId) ?? null },
    opinion: entry.reason,
    facts: caseFileFacts(entry.after),
    audit: { entryId: entry.entryId, seq: entry.seq, check },
  }));
}

/** How many entries of each check: what the head of a case file states. */
export function caseFileVerification(entries: readonly CaseFileEntry[]): Record<AuditEntryCheck, number> {
  const counts: Record<AuditEntryCheck, number> = { verified: 0, altered: 0, unlinked: 0, unsealed: 0 };
  for (const e of entries) counts[e.audit.check] += 1;
  return counts;
}
