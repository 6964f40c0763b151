import { RoleNotBindableError } from './org.errors';
import { describeKind, describeKindWithArticle, OrgUnitKind, orgUnitKindLabels } from './org-kinds';
import { isOneOf } from './one-of';

/**
 * Roles a user holds at the one org unit it acts for (DOMAIN §1). There is deliberately no system
 * administrator: building the tree and binding users is a write on one's own subtree, which the city
 * union cadre at the root already has, and the root itself is created by the deployment's seed. A role
 * that may act everywhere without being a union role would also see what the scope rule hides (who
 * reported a hazard), and this rule has no resource dimension to fence it in.
 */
export const roles = [
  'worker',
  'team_leader',
  'enterprise_union_cadre',
  'enterprise_management',
  'township_union_cadre',
  'industry_union_cadre',
  'county_union_cadre',
  'county_committee_office',
  'city_union_cadre',
  'safety_inspector',
  'judge',
  'finance',
  'auditor',
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return isOneOf(roles, value);
}

export interface RoleRules {
  label: { zh: string; en: string };
  /** Kinds of unit a user with this role may be bound to. */
  bindableKinds: readonly OrgUnitKind[];
  read: boolean;
  write: boolean;
  /** Decides a step of an approval chain (an opinion box of the paper forms). */
  approve: boolean;
  /** Reads and writes only records it owns (ownerUserId), wherever they are filed. */
  ownRecordsOnly: boolean;
}

/** Units with a union office (city down to enterprise): where inspectors, judges, finance and auditors sit. */
const unionOffices: readonly OrgUnitKind[] = [
  'city_federation',
  'county_federation',
  'industry_union',
  'bureau_company_union',
  'township_union',
  'enterprise_union',
];

const decider = { read: true, write: true, approve: true, ownRecordsOnly: false } as const;
const doer = { read: true, write: true, approve: false, ownRecordsOnly: false } as const;

export const roleRules: Readonly<Record<Role, RoleRules>> = {
  // A worker is bound to its team, or to its enterprise when it belongs to no team.
  worker: {
    label: { zh: '职工', en: 'worker' },
    bindableKinds: ['team', 'enterprise_union'],
    read: true,
    write: true,
    approve: false,
    ownRecordsOnly: true,
  },
  // No paper form has a team opinion box: the chain starts at the enterprise union.
  team_leader: { label: { zh: '班组长', en: 'team leader' }, bindableKinds: ['team'], ...doer },
  enterprise_union_cadre: {
    label: { zh: '企业工会干部', en: 'enterprise union cadre' },
    bindableKinds: ['enterprise_union'],
    ...decider,
  },
  // The "单位意见" box: the enterprise's management is bound to the enterprise's unit.
  enterprise_management: {
    label: { zh: '企业(单位)管理方', en: 'enterprise management' },
    bindableKinds: ['enterprise_union'],
    ...decider,
  },
  township_union_cadre: {
    label: { zh: '乡镇(街道、园区)工会干部', en: 'township union cadre' },
    bindableKinds: ['township_union'],
    ...decider,
  },
  // Bureau/company unions fill the same opinion box as industry unions, so their cadres share the role.
  industry_union_cadre: {
    label: { zh: '产业(行业)工会干部', en: 'industry union cadre' },
    bindableKinds: ['industry_union', 'bureau_company_union'],
    ...decider,
  },
  county_union_cadre: {
    label: { zh: '县总工会干部', en: 'county union cadre' },
    bindableKinds: ['county_federation'],
    ...decider,
  },
  // The county competition committee and its office belong to the county unit; they are not a unit.
  county_committee_office: {
    label: { zh: '县劳动竞赛委员会办公室', en: 'county competition committee office' },
    bindableKinds: ['county_federation'],
    ...decider,
  },
  city_union_cadre: {
    label: { zh: '市总工会干部(劳动和经济工作部)', en: 'city union cadre' },
    bindableKinds: ['city_federation'],
    ...decider,
  },
  // Verifies hazards and signs off rectification (销号): a decision, hence approve.
  safety_inspector: {
    label: { zh: '劳动保护监督检查员', en: 'safety inspector' },
    bindableKinds: unionOffices,
    ...decider,
  },
  // Scores are writes; locking and ranking results is the organiser's decision, not a judge's.
  judge: { label: { zh: '评委/考核员', en: 'judge' }, bindableKinds: unionOffices, ...doer },
  // Records payments and budgets; rewards above a threshold are approved by cadres, not by finance.
  finance: { label: { zh: '财务', en: 'finance' }, bindableKinds: unionOffices, ...doer },
  auditor: {
    label: { zh: '审计(纪检)', en: 'auditor' },
    bindableKinds: unionOffices,
    read: true,
    write: false,
    approve: false,
    ownRecordsOnly: false,
  },
};

export function describeRole(role: Role): string {
  const label = roleRules[role].label;
  return `${label.en} (${label.zh})`;
}

export function canHoldRole(role: Role, kind: OrgUnitKind): boolean {
  return roleRules[role].bindableKinds.includes(kind);
}

export function isReadOnlyRole(role: Role): boolean {
  const rules = roleRules[role];
  return !rules.write && !rules.approve;
}

/** Refuses binding a user to a unit where the role does not exist, e.g. a judge at a team. */
export function assertRoleBinding(role: Role, unit: { id: string; kind: OrgUnitKind }): void {
  if (!canHoldRole(role, unit.kind)) {
    const where = roleRules[role].bindableKinds.map(describeKind).join(', ');
    throw new RoleNotBindableError(
      `the role ${describeRole(role)} cannot be given at ${unit.id}, which is ${describeKindWithArticle(unit.kind)}; ` +
        `it exists only at: ${where}`,
      `不能在 ${unit.id}（${orgUnitKindLabels[unit.kind].zh}）授予“${roleRules[role].label.zh}”角色；该角色只能在以下单位授予：` +
        roleRules[role].bindableKinds.map((kind) => orgUnitKindLabels[kind].zh).join('、'),
    );
  }
}

/** Roles that decide approval steps and may be held at a unit of this kind. */
export function approverRolesAt(kind: OrgUnitKind): Role[] {
  return roles.filter((role) => roleRules[role].approve && canHoldRole(role, kind));
}

/**
 * Union cadres who keep the tree and its users within their subtree: add units and teams, correct
 * their details, move and deactivate units under them, import enterprises and workers, bind users.
 * Management, inspectors, judges, finance and auditors use the tree but do not shape it.
 */
export const treeKeeperRoles: readonly Role[] = [
  'city_union_cadre',
  'county_union_cadre',
  'industry_union_cadre',
  'township_union_cadre',
  'enterprise_union_cadre',
];

/** The union offices' deciding cadres, the county committee office included: they organise and oversee. */
export const unionCadreRoles: readonly Role[] = [
  'city_union_cadre',
  'county_union_cadre',
  'county_committee_office',
  'industry_union_cadre',
  'township_union_cadre',
  'enterprise_union_cadre',
];
