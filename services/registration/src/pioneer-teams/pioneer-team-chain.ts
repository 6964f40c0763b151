import { OrgLevels } from '@lc/org';
import { SubmitApproval } from '@lc/platform';

export const PIONEER_TEAM_APPLICATION = 'pioneer-team';

/**
 * The four opinion boxes of attachment 1, in order: the unit's union, the unit (its management), the
 * township or county-level industry union, and the county competition committee office.
 */
export const pioneerTeamChain: Pick<SubmitApproval, 'form' | 'upToLevel' | 'deciders' | 'boxes'> = {
  form: 'pioneer-team',
  upToLevel: OrgLevels.county,
  deciders: {},
  boxes: {
    enterprise_union: [
      { holder: 'union', roles: ['enterprise_union_cadre'] },
      { holder: 'management', roles: ['enterprise_management'] },
    ],
    township_union: [{ holder: 'union', roles: ['township_union_cadre'] }],
    industry_union: [{ holder: 'union', roles: ['industry_union_cadre'] }],
    bureau_company_union: [{ holder: 'union', roles: ['industry_union_cadre'] }],
    county_federation: [{ holder: 'union', roles: ['county_committee_office'] }],
  },
};
