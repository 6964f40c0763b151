import { EntityManager } from 'typeorm';
import { isSelfOrDescendant, isStrictDescendant } from '@lc/org';
import { OrgDirectory, OrgUnitRef } from '@lc/platform';
import { CompetitionPlanFieldsDto } from './commands/create-competition/competition-plan.request.dto';
import { CompetitionOrmEntity } from './competition.orm-entity';
import { OutsideParentDates, ParentNotJoinable, ParentOrganisedElsewhere, ScopeOutsideOrganiser, UnknownCompetitionReferenced } from './competition.errors';

/** The plan fields as columns; fields not given are left out, so an update changes only what it names. */
export function planColumns(plan: CompetitionPlanFieldsDto): Partial<CompetitionOrmEntity> {
  const columns: Partial<CompetitionOrmEntity> = {};
  if (plan.kind !== undefined) columns.kind = plan.kind;
  if (plan.theme !== undefined) columns.theme = plan.theme.trim() || null;
  if (plan.contentAndGoals !== undefined) columns.contentAndGoals = plan.contentAndGoals.trim() || null;
  if (plan.requirements !== undefined) columns.requirements = plan.requirements.trim() || null;
  if (plan.formatAndVehicle !== undefined) columns.formatAndVehicle = plan.formatAndVehicle.trim() || null;
  if (plan.participantScope !== undefined) columns.participantScope = { ...plan.participantScope };
  if (plan.evaluationMethod !== undefined) columns.evaluationMethod = plan.evaluationMethod.trim() || null;
  if (plan.assessmentTemplate !== undefined) columns.assessmentTemplate = plan.assessmentTemplate.trim() || null;
  if (plan.awardMethod !== undefined) columns.awardMethod = plan.awardMethod.trim() || null;
  if (plan.budgetYuan !== undefined) columns.budgetYuan = yuanText(plan.budgetYuan);
  return columns;
}

/** '150000' → '150000.00', as Postgres' numeric(14,2) returns it: by text, so no fen is ever rounded. */
export function yuanText(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${`${fraction}00`.slice(0, 2)}`;
}

/** The participant scope may narrow the organiser's subtree, never leave it. */
export async function assertScopeWithinOrganiser(plan: CompetitionPlanFieldsDto, organiser: OrgUnitRef, directory: OrgDirectory): Promise<void> {
  const subtreeOf = plan.participantScope?.subtreeOf;
  if (!subtreeOf) return;
  const unit = await directory.getReferenced(subtreeOf, 'participantScope.subtreeOf');
  if (!isSelfOrDescendant(unit.path, organiser.path)) {
    throw new ScopeOutsideOrganiser(subtreeOf, organiser.id);
  }
}

/**
 * A sub-competition (四级联赛) runs under a competition organised by a union above its own organiser,
 * within the parent's dates, once the parent's plan is filed and until it closes.
 */
export async function assertValidParent(
  tx: EntityManager,
  parentId: string,
  child: { organiser: OrgUnitRef; startDate: string; endDate: string },
  directory: OrgDirectory,
): Promise<void> {
  const parent = await tx.findOneBy(CompetitionOrmEntity, { id: parentId });
  if (!parent) throw new UnknownCompetitionReferenced('parentCompetitionId', parentId);
  const parentOrganiser = await directory.get(parent.organiserOrgUnitId, 'organiserOrgUnitId', tx);
  if (!isStrictDescendant(child.organiser.path, parentOrganiser.path)) {
    throw new ParentOrganisedElsewhere(parentOrganiser.id, child.organiser.id);
  }
  if (child.startDate < parent.startDate || child.endDate > parent.endDate) {
    throw new OutsideParentDates(parent.startDate, parent.endDate);
  }
  if (parent.status === 'draft' || parent.status === 'filing' || parent.status === 'closed') {
    throw new ParentNotJoinable(parentId, parent.status);
  }
}
