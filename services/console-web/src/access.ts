import { roleRules, type Role } from '@lc/org/roles';
import type { CurrentUser } from './services/session';

/**
 * What the current user may see and do in the console, by name. Routes and buttons ask for these; the
 * services stay the authority and refuse what a crafted request tries anyway. Derived from the same role
 * rules the services enforce (libs/org roles), so a role changes in one place.
 */
export interface Access {
  signedIn: boolean;
  /** Any write at all: false for auditors. */
  canWrite: boolean;
  /** Decides steps of approval chains (an opinion box on the paper forms). */
  canDecideApprovals: boolean;
  /** Union cadres: the tree, competitions, enrolment, coverage. */
  isUnionCadre: boolean;
  canEditTree: boolean;
  canManageCompetitions: boolean;
  /** Union cadres, and team leaders who apply for their team (工人先锋号). */
  canSeeCompetitions: boolean;
  /** Union cadres, and team leaders who register their team's energy-saving supervisors (登记册). */
  canSeeRegisters: boolean;
  canSeeCoverage: boolean;
  /** 数据看板 and the meeting room's 大屏: union cadres and auditors. */
  canSeeDashboards: boolean;
  /** 隐患排查: the unions, inspectors, finance, enterprise management (who rectify) and auditors. */
  canSeeHazards: boolean;
  /** Verifies workers' hazard reports: the enterprise's union cadre and safety inspectors. */
  canVerifyHazards: boolean;
  /** Pays rewards out against claim codes: finance and union cadres. */
  canRedeemRewards: boolean;
  /** 隐患排查 archive and rewards: sets rectification plans (the enterprise's union and management, inspectors); keeps the union's reward schemes (union cadres); sets reward budgets (union cadres and finance); sees named top reporters (the union verification chain). */
  canPlanRectification: boolean;
  canManageRewardSchemes: boolean;
  canSetRewardBudgets: boolean;
  canSeeTopReporters: boolean;
  canReadAudit: boolean;
  /** 考核评比: union cadres, judges (who review), team leaders (who self-assess their team) and auditors. */
  canSeeAssessment: boolean;
  /** Fills in a unit's own side (自评): its union cadre, or the team leader. */
  canSelfAssess: boolean;
  /** Reviews (考核) the sheets of the units below: union cadres and judges. */
  canReviewAssessment: boolean;
  /** Opens a competition's assessment, finalises and corrects sheets, publishes results: union cadres. */
  canFinaliseAssessment: boolean;
  /** 技能比武: union cadres, judges and auditors; union cadres open contests and seat the panel. */
  canSeeSkillsContests: boolean;
  canManageSkillsContests: boolean;
  /** 全程档案 of hazard reports, rewards and nominations: everyone but workers; the owning service decides per item. */
  canSeeCaseFiles: boolean;
  /** 评选表彰: the unions, finance (the fund's ledger) and auditors. */
  canSeeHonours: boolean;
  /** Puts nominees forward and submits them up the chain; at the conferring union, rules on objections. */
  canNominate: boolean;
  /** Signs the enterprise union's box of its own unit's submissions with them (a nomination, an application): the first box of their chains. */
  signsEnterpriseUnionBox: boolean;
  /** Sets an honour's yearly places at a county or city union. */
  canSetHonourQuotas: boolean;
  /** Sets a union's competition fund for the year: finance and union cadres. */
  canSetCompetitionFund: boolean;
  /** Workers and nothing else: their home is the phone (职工端); a team leader also works in the console. */
  isWorker: boolean;
}

const unionCadreRoles: readonly Role[] = [
  'enterprise_union_cadre',
  'township_union_cadre',
  'industry_union_cadre',
  'county_union_cadre',
  'county_committee_office',
  'city_union_cadre',
];

function known(roles: string[]): Role[] {
  return roles.filter((r): r is Role => r in roleRules);
}

export function accessOf(user: CurrentUser | null): Access {
  const roles = user ? known(user.roles) : [];
  const any = (test: (role: Role) => boolean) => roles.some(test);
  const isUnionCadre = any((r) => unionCadreRoles.includes(r));
  const isAuditor = roles.includes('auditor');
  return {
    signedIn: !!user,
    canWrite: any((r) => roleRules[r].write || roleRules[r].approve),
    canDecideApprovals: any((r) => roleRules[r].approve),
    isUnionCadre,
    canEditTree: isUnionCadre,
    canManageCompetitions: isUnionCadre,
    canSeeCompetitions: isUnionCadre || roles.includes('team_leader'),
    canSeeRegisters: isUnionCadre || roles.includes('team_leader'),
    canSeeCoverage: isUnionCadre || isAuditor,
    canSeeDashboards: isUnionCadre || isAuditor,
    canSeeHazards: isUnionCadre || isAuditor || any((r) => r === 'safety_inspector' || r === 'finance' || r === 'enterprise_management'),
    canVerifyHazards: any((r) => r === 'enterprise_union_cadre' || r === 'safety_inspector'),
    canRedeemRewards: isUnionCadre || roles.includes('finance'),
    canPlanRectification: any((r) => r === 'enterprise_union_cadre' || r === 'enterprise_management' || r === 'safety_inspector'),
    canManageRewardSchemes: isUnionCadre,
    canSetRewardBudgets: isUnionCadre || roles.includes('finance'),
    canSeeTopReporters: isUnionCadre || roles.includes('safety_inspector'),
    canReadAudit: isAuditor || any((r) => r === 'city_union_cadre' || r === 'county_union_cadre'),
    canSeeAssessment: isUnionCadre || isAuditor || any((r) => r === 'judge' || r === 'team_leader'),
    canSelfAssess: any((r) => r === 'enterprise_union_cadre' || r === 'team_leader'),
    canReviewAssessment: isUnionCadre || roles.includes('judge'),
    canFinaliseAssessment: isUnionCadre,
    canSeeSkillsContests: isUnionCadre || isAuditor || roles.includes('judge'),
    canManageSkillsContests: isUnionCadre,
    canSeeHonours: isUnionCadre || isAuditor || roles.includes('finance'),
    canNominate: isUnionCadre,
    signsEnterpriseUnionBox: roles.includes('enterprise_union_cadre'),
    canSetHonourQuotas: any((r) => r === 'city_union_cadre' || r === 'county_union_cadre' || r === 'county_committee_office'),
    canSetCompetitionFund: isUnionCadre || roles.includes('finance'),
    isWorker: roles.length > 0 && roles.every((r) => r === 'worker'),
    canSeeCaseFiles: roles.some((r) => r !== 'worker'),
  };
}

export function roleLabel(role: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  const rules = roleRules[role as Role];
  if (!rules) return role;
  // The shared table's English is lower case, as in a sentence; as a label it starts with a capital.
  return locale === 'zh-CN' ? rules.label.zh : rules.label.en.charAt(0).toUpperCase() + rules.label.en.slice(1);
}
