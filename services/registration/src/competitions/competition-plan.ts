import { isSelfOrDescendant, OrgUnitKind } from '@lc/org';

/** The kinds of competition the seeds run (DOMAIN §2). */
export const competitionKinds = {
  labour_competition: '劳动竞赛',
  skills_contest: '技能比武 / 岗位练兵',
  five_small_innovation: '五小创新(小革新 小发明 小改造 小设计 小建议)',
  innovation_studio: '劳模和工匠人才创新工作室创建',
  ankang_cup: '安康杯竞赛',
  energy_saving: '三比一降 / 节能减排',
  team_creation: '工人先锋号 / 五型班组创建',
  service_quality: '优质服务竞赛',
  key_project: '重点项目劳动竞赛(六比一创)',
  mentoring: '名师带徒',
  workers_technical_games: '职工技术运动会',
} as const;

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
