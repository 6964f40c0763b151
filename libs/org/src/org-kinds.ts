import { isOneOf } from './one-of';

/**
 * The kinds of org unit in the union hierarchy (DOMAIN §1), their levels, and which kind may sit
 * under which. Workers are users, not units: the lowest unit is the team.
 */
export const orgUnitKinds = [
  'national_federation',
  'provincial_federation',
  'city_federation',
  'county_federation',
  'industry_union',
  'bureau_company_union',
  'township_union',
  'enterprise_union',
  'team',
] as const;

export type OrgUnitKind = (typeof orgUnitKinds)[number];

export function isOrgUnitKind(value: unknown): value is OrgUnitKind {
  return isOneOf(orgUnitKinds, value);
}

/** Names as the documents write them; messages quote both so that either locale reads them. */
export const orgUnitKindLabels: Readonly<Record<OrgUnitKind, { zh: string; en: string }>> = {
  national_federation: { zh: '全国总工会', en: 'national federation' },
  provincial_federation: { zh: '省总工会', en: 'provincial federation' },
  city_federation: { zh: '市总工会', en: 'city federation' },
  county_federation: { zh: '区县(市)总工会', en: 'district/county federation' },
  industry_union: { zh: '产业(行业)工会', en: 'industry union' },
  bureau_company_union: { zh: '局(公司)工会', en: 'bureau/company union' },
  township_union: { zh: '乡镇(街道、园区)工会', en: 'township/street/park union' },
  enterprise_union: { zh: '企业工会', en: 'enterprise union' },
  team: { zh: '班组', en: 'team' },
};

export function describeKind(kind: OrgUnitKind): string {
  const label = orgUnitKindLabels[kind];
  return `${label.en} (${label.zh})`;
}

/** 'an enterprise union (企业工会)', 'a team (班组)': for sentences. */
export function describeKindWithArticle(kind: OrgUnitKind): string {
  const text = describeKind(kind);
  return /^[aeiou]/.test(text) ? `an ${text}` : `a ${text}`;
}

/**
 * Level of each kind: national 0 down to team 6. Levels are what an item "climbs to": a county
 * honour needs a level-3 unit above the submitter. Industry and bureau/company unions stand at the
 * township's level (4) because the approval forms put them in the same opinion box as the township
 * (seed 004: "乡镇（街道、园区）、县直属产业（行业）工会意见"); under a city they skip level 3, which is
 * true: their enterprises belong to no county.
 */
export const orgUnitLevels: Readonly<Record<OrgUnitKind, number>> = {
  national_federation: 0,
  provincial_federation: 1,
  city_federation: 2,
  county_federation: 3,
  industry_union: 4,
  bureau_company_union: 4,
  township_union: 4,
  enterprise_union: 5,
  team: 6,
};

export function levelOf(kind: OrgUnitKind): number {
  return orgUnitLevels[kind];
}

/** Named levels an item can be conferred or decided at (DOMAIN §5: county, city, province, national). */
export const OrgLevels = {
  national: 0,
  province: 1,
  city: 2,
  county: 3,
  township: 4,
  enterprise: 5,
  team: 6,
} as const;

export type OrgLevelName = keyof typeof OrgLevels;

const levelDescriptions: readonly string[] = [
  'national',
  'provincial',
  'city',
  'county',
  'township/industry/bureau',
  'enterprise',
  'team',
];

const levelDescriptionsZh: readonly string[] = ['全国级', '省级', '市级', '区县级', '乡镇(街道、园区)、产业、局(公司)级', '企业级', '班组级'];

/** A level in Chinese, for the Chinese message beside an English one: 3 → '区县级'. */
export function describeLevelZh(level: number): string {
  return levelDescriptionsZh[level] ?? `第 ${level} 级`;
}

/** A level as words for messages: 3 → 'county', 4 → 'township/industry/bureau'. */
export function describeLevel(level: number): string {
  return levelDescriptions[level] ?? `level ${level}`;
}

/**
 * Which kinds may be the parent of each kind. Beyond the tree drawn in DOMAIN §1, seed 004 (a county
 * union's notice) addresses "县直、产（行）业工会": industry and bureau unions directly under a county,
 * so both may sit under a city or a county.
 */
export const allowedParentKinds: Readonly<Record<OrgUnitKind, readonly OrgUnitKind[]>> = {
  national_federation: [],
  provincial_federation: ['national_federation'],
  city_federation: ['provincial_federation'],
  county_federation: ['city_federation'],
  industry_union: ['city_federation', 'county_federation'],
  bureau_company_union: ['city_federation', 'county_federation'],
  township_union: ['county_federation'],
  enterprise_union: ['township_union', 'industry_union', 'bureau_company_union', 'county_federation'],
  team: ['enterprise_union'],
};

export function canBeChildOf(childKind: OrgUnitKind, parentKind: OrgUnitKind): boolean {
  return allowedParentKinds[childKind].includes(parentKind);
}

/** The kinds that may be placed directly under a unit of this kind (the inverse table, for forms). */
export function allowedChildKinds(parentKind: OrgUnitKind): OrgUnitKind[] {
  return orgUnitKinds.filter((child) => canBeChildOf(child, parentKind));
}
