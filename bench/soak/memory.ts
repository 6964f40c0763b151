/**
 * What the users were told, kept for reconciliation: every report the system accepted (201, with its
 * id), every verification and submission it accepted, and the attempts whose answer was lost (a
 * timeout, a connection cut by a kill), which may or may not have happened. Each report and
 * nomination carries a key of the client's own in its text, so that reconciliation can tell which
 * stored row came from which attempt, and whether any came from nowhere.
 */
import { randomUUID } from 'node:crypto';
import { Answer } from './http';

export type Verdict = { outcome: 'confirmed'; grade: 'general' | 'major' } | { outcome: 'duplicate' } | { outcome: 'rejected' } | { outcome: 'none' };

/** How an attempt ended, as the user saw it. */
export type Told = 'accepted' | 'lost' | 'refused' | 'refused-4xx' | 'failed-5xx';

export interface ReportAttempt {
  key: string;
  workerId: string;
  enterpriseUnitId: string;
  category: 'accident' | 'occupational';
  sentAt: number;
  told?: Told;
  id?: string;
  answeredAt?: number;
  /** What the verifier will decide, drawn when the report is accepted. */
  verdict?: Verdict;
  /** The verification's fate, once tried. */
  verification?: { sent: Exclude<Verdict, { outcome: 'none' }> & { duplicateOf?: string }; told: Told | 'landed-after-lost-answer'; by: string };
}

export interface NominationAttempt {
  key: string;
  honourCode: string;
  nomineeId: string;
  told?: Told;
  id?: string;
  submission?: Told | 'landed-after-lost-answer';
}

/** The marker put in a report's description or a nomination's material: `[soak:<key>]`. */
export const keyMarker = (key: string): string => `[soak:${key}]`;
export const keyOf = (text: string | null | undefined): string | undefined => /\[soak:([0-9a-f-]{36})\]/.exec(text ?? '')?.[1];

export function toldOf(answer: Answer, acceptedStatus: number): Told {
  if (answer.kind === 'lost') return 'lost';
  if (answer.kind === 'refused') return 'refused';
  if (answer.kind === 'failed') return 'failed-5xx';
  return answer.status === acceptedStatus ? 'accepted' : 'refused-4xx';
}

export class WorkloadMemory {
  readonly reports = new Map<string, ReportAttempt>();
  readonly nominations = new Map<string, NominationAttempt>();
  /** Per action, how many requests ended each way ('201', '409', 'lost', 'refused', …). */
  readonly actions = new Map<string, Map<string, number>>();
  /** The first few unexpected answers per action, to say what went wrong. */
  readonly surprises = new Map<string, string[]>();

  newReport(fields: Omit<ReportAttempt, 'key' | 'sentAt'>): ReportAttempt {
    const attempt: ReportAttempt = { ...fields, key: randomUUID(), sentAt: Date.now() };
    this.reports.set(attempt.key, attempt);
    return attempt;
  }

  newNomination(fields: Omit<NominationAttempt, 'key'>): NominationAttempt {
    const attempt: NominationAttempt = { ...fields, key: randomUUID() };
    this.nominations.set(attempt.key, attempt);
    return attempt;
  }

  /** Counts a request's end under its action; an answer not in `expected` is kept as a surprise (a few per action). */
  count(action: string, answer: Answer, expected: number[] = []): void {
    const result = answer.kind === 'answer' || answer.kind === 'failed' ? String(answer.status) : answer.kind === 'lost' ? answer.reason : 'refused';
    const counts = this.actions.get(action) ?? new Map<string, number>();
    counts.set(result, (counts.get(result) ?? 0) + 1);
    this.actions.set(action, counts);
    if ((answer.kind === 'answer' || answer.kind === 'failed') && !expected.includes(answer.status)) {
      const list = this.surprises.get(action) ?? [];
      if (list.length < 3) list.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      this.surprises.set(action, list);
    }
  }

  /** A user's step that failed in the soak's own code (an answer of a shape it did not expect). */
  countError(action: string, err: unknown): void {
    const counts = this.actions.get(action) ?? new Map<string, number>();
    counts.set('soak error', (counts.get('soak error') ?? 0) + 1);
    this.actions.set(action, counts);
    const list = this.surprises.get(action) ?? [];
    if (list.length < 3) list.push(`soak error: ${err instanceof Error ? err.message : String(err)}`);
    this.surprises.set(action, list);
  }

  acceptedReports(): ReportAttempt[] {
    return [...this.reports.values()].filter((r) => r.told === 'accepted');
  }
}
