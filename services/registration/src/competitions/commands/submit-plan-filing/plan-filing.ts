import { OrgLevels } from '@lc/org';
import { DeciderRoles } from '@lc/platform';

export const PLAN_FILING = 'plan-filing';

/** A competition plan is filed (备案) up to the city union (seed 003 item 8; seed 004). */
export const planFilingLevel = OrgLevels.city;

/** Who fills each level's box on the filing: the union cadres, and the county's competition committee office. */
export const planFilingDeciders: DeciderRoles = {
  enterprise_union: ['enterprise_union_cadre'],
  township_union: ['township_union_cadre'],
  industry_union: ['industry_union_cadre'],
  bureau_company_union: ['industry_union_cadre'],
  county_federation: ['county_committee_office', 'county_union_cadre'],
  city_federation: ['city_union_cadre'],
};
