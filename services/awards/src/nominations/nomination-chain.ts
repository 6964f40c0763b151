import { levelOf, OrgUnitKind, Role } from '@lc/org';
import type { DeciderRoles, SubmitApproval } from '@lc/platform';

export const NOMINATION_ITEM = 'nomination';

/** The union cadres decide at each level; at a county, its competition committee office too. */
export const nominationDeciders: DeciderRoles = {
  enterprise_union: ['enterprise_union_cadre'],
  township_union: ['township_union_cadre'],
  industry_union: ['industry_union_cadre'],
  bureau_company_union: ['industry_union_cadre'],
  county_federation: ['county_union_cadre', 'county_committee_office'],
  city_federation: ['city_union_cadre'],
} satisfies Partial<Record<OrgUnitKind, readonly Role[]>>;

/** Each level's opinion box as a recommendation form (推荐审批表) prints it. */
export const nominationTitles = {
  enterprise_union: '企业工会推荐意见',
  township_union: '乡镇(街道、园区)工会意见',
  industry_union: '产业工会意见',
  bureau_company_union: '局(公司)工会意见',
  county_federation: '县(区)总工会意见',
  city_federation: '市总工会意见',
} satisfies Partial<Record<OrgUnitKind, string>>;

/**
 * From the nominee's enterprise union to the conferring union. A person or a team is put forward by
 * their enterprise union (its box is the first); an enterprise puts itself forward, so its chain
 * starts above it.
 */
export function nominationChain(nomineeKind: 'person' | 'team' | 'unit', conferringKind: OrgUnitKind): Pick<SubmitApproval, 'upToLevel' | 'deciders' | 'titles' | 'submittedBy'> {
  return { upToLevel: levelOf(conferringKind), deciders: nominationDeciders, titles: nominationTitles, submittedBy: nomineeKind === 'unit' ? 'unit' : 'person' };
}
