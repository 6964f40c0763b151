import { competitionKinds } from '@lc/contracts';
import { isSelfOrDescendant, OrgUnitKind } from '@lc/org';

/** The kinds of competition the seeds run (DOMAIN §2), kept in contracts so that the console shows the same labels. */
export { competitionKinds };

export type CompetitionKind = keyof typeof competitionKinds;
export const competitionKindIds = Object.keys(competitionKinds) as CompetitionKind[];

/**
 * Who may enter (参赛范围): the units under the organiser (or under a narrower unit of its subtree),
 * optionally only some industries, one ownership, above-scale enterprises, and enterprises or teams.
 */
export interface ParticipantScope {
  /** Entrants must lie under this unit; the organiser when not given. */
  subtreeOf?: string;
  industries?: string[];
  ownership?: 'public' | 'non_public';
  aboveScaleOnly?: boolean;
  /** Which units enter: enterprises (enterprise unions) or teams; both when not given. */
  unitKinds?: ('enterprise_union' | 'team')[];
}

/** What the scope check needs of the unit that enrols and of its enterprise. */
export interface EntrantFacts {
  unitKind: OrgUnitKind;
  unitPath: string;
  enterprise: { industry: string | null; ownership: 'public' | 'non_public' | null; aboveScale: boolean | null };
}

/** Why the unit may not enter, or null. `scopeRootPath` is the path of subtreeOf (or the organiser). */
export function participantScopeProblem(scope: ParticipantScope, scopeRootPath: string, entrant: EntrantFacts): string | null {
  if (entrant.unitKind !== 'enterprise_union' && entrant.unitKind !== 'team') {
    return 'only an enterprise (its union) or a team enters a competition';
  }
  if (scope.unitKinds && !scope.unitKinds.includes(entrant.unitKind)) {
    return `this competition takes ${scope.unitKinds.map((k) => (k === 'team' ? 'teams' : 'enterprises')).join(' and ')} only`;
  }
  if (!isSelfOrDescendant(entrant.unitPath, scopeRootPath)) {
    return `the unit is outside the competition's participant scope (units under ${scopeRootPath.split('/').pop()})`;
  }
  if (scope.industries?.length && !(entrant.enterprise.industry && scope.industries.includes(entrant.enterprise.industry))) {
    return `the competition is open to the industries ${scope.industries.join(', ')} only; the enterprise is in ${entrant.enterprise.industry ?? 'no recorded industry'}`;
  }
  if (scope.ownership && entrant.enterprise.ownership !== scope.ownership) {
    return `the competition is open to ${scope.ownership === 'public' ? 'public (公有制)' : 'non-public (非公有制)'} enterprises only`;
  }
  if (scope.aboveScaleOnly && !entrant.enterprise.aboveScale) return 'the competition is open to above-scale enterprises (规模以上) only';
  return null;
}
