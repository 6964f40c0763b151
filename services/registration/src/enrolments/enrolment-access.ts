import { EntityManager } from 'typeorm';
import { Role, unionCadreRoles } from '@lc/org';
import { Caller, idParam, OrgDirectory, ScopeChecker, uuidParam } from '@lc/platform';
import { CompetitionOrmEntity } from '../competitions/competition.orm-entity';
import { CompetitionNotFound } from '../competitions/competition.errors';

/**
 * Who enrols a unit, or withdraws it: the union cadres above it, the enterprise's management (单位) for
 * the enterprise and its teams, and a team leader for the team. Where they may is the scope check
 * ('write' on the unit).
 */
export const enrolmentRoles: readonly Role[] = [...unionCadreRoles, 'enterprise_management', 'team_leader'];

export const competitionIdPipe = idParam;
export const enrolmentIdPipe = uuidParam('enrolmentId must be a UUID');

/** The competition named in the path, or 404; with `lock`, held against a concurrent status change until commit. */
export async function competitionOr404(tx: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<CompetitionOrmEntity> {
  const competition = await tx.findOne(CompetitionOrmEntity, {
    where: { id },
    ...(options.lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
  });
  if (!competition) throw new CompetitionNotFound(id);
  return competition;
}

/**
 * The competition named in the path, or 404; then 403 unless the caller's unit is in the organiser's
 * line (the rule for reading it), so that a competition of another branch is refused before anything
 * about it (its status, its participant scope, its enrolments) shapes the answer.
 */
export async function competitionInLineOr404(
  tx: EntityManager,
  id: string,
  access: { directory: OrgDirectory; scope: ScopeChecker; caller: Caller },
): Promise<CompetitionOrmEntity> {
  const competition = await competitionOr404(tx, id);
  const organiser = await access.directory.get(competition.organiserOrgUnitId, 'organiserOrgUnitId');
  await access.scope.assertInLineOf(access.caller, organiser.path, `competition ${id}`);
  return competition;
}
