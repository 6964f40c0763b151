import { QueryFailedError } from 'typeorm';
import type { CompetitionStatus } from '../competitions/competition.orm-entity';

/** Why a competition in this status takes no enrolment (or withdrawal), for a 409. */
export function notTakingEnrolments(competitionId: string, status: CompetitionStatus, what: 'enrols' | 'withdraws'): string {
  const when =
    status === 'draft' || status === 'filing' || status === 'filed'
      ? 'it has not been opened for enrolment yet'
      : 'its enrolment is over';
  return `competition ${competitionId} is ${status}: a unit ${what} only while a competition is open or running, and ${when}`;
}

/** Postgres' unique_violation on the given index (e.g. a second enrolment committed at the same moment). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (driverError.constraint === undefined || driverError.constraint === constraint);
}
