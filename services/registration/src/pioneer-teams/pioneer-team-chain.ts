import { OrgLevels } from '@lc/org';
import { SubmitApproval } from '@lc/platform';

export const PIONEER_TEAM_APPLICATION = 'pioneer-team';

/**
 * The four opinion boxes of attachment 1, in order: the unit's union, the unit (its management), the
 * township or county-level industry union, and the county competition committee office.
 */
export const pioneerTeamChain: Pick<SubmitApproval, 'upToLevel' | 'deciders' | 'boxes'> = {
  upToLevel: OrgLevels.county,
  deciders: {},
  boxes: {
    enterprise_union: [
      { title: '单位工会意见', roles: ['enterprise_union_cadre'] },
      { title: '单位意见', roles: ['enterprise_management'] },
    ],
    township_union: [{ title: '乡镇（街道、园区）工会意见', roles: ['township_union_cadre'] }],
    industry_union: [{ title: '县直属产业（行业）工会（工委）意见', roles: ['industry_union_cadre'] }],
    bureau_company_union: [{ title: '县直属产业（行业）工会（工委）意见', roles: ['industry_union_cadre'] }],
    county_federation: [{ title: '县劳动竞赛委员会办公室意见', roles: ['county_committee_office'] }],
  },
};
