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

/**
 * From the nominee's enterprise union to the conferring union. A person or a team is put forward by
 * their enterprise union (its box is the first); an enterprise puts itself forward, so its chain
 * starts above it.
 */
export function nominationChain(nomineeKind: 'person' | 'team' | 'unit', conferringKind: OrgUnitKind): Pick<SubmitApproval, 'form' | 'upToLevel' | 'deciders' | 'submittedBy'> {
  // The boxes are titled as the recommendation form (推荐审批表) prints them.
  return { form: 'nomination', upToLevel: levelOf(conferringKind), deciders: nominationDeciders, submittedBy: nomineeKind === 'unit' ? 'unit' : 'person' };
}
