import { OrgLevels } from '@lc/org';
import { SubmitApproval } from '@lc/platform';

export const ENERGY_SUPERVISOR = 'energy-supervisor';

/**
 * The four opinion boxes of attachment 4, in order: the unit's (enterprise's) union, the unit
 * (enterprise) itself, the township or county-level industry union, and the county union. A person
 * registers, so the chain starts at their own unit; a team has no box, so for a person of a team it
 * starts at the team's enterprise.
 */
export const supervisorChain: Pick<SubmitApproval, 'upToLevel' | 'deciders' | 'boxes' | 'submittedBy'> = {
  upToLevel: OrgLevels.county,
  submittedBy: 'person',
  deciders: {},
  boxes: {
    enterprise_union: [
      { title: '单位（企业）工会意见', roles: ['enterprise_union_cadre'] },
      { title: '单位（企业）意见', roles: ['enterprise_management'] },
    ],
    township_union: [{ title: '乡镇（街道、园区）、县直属产业（行业）工会（工委）意见', roles: ['township_union_cadre'] }],
    industry_union: [{ title: '乡镇（街道、园区）、县直属产业（行业）工会（工委）意见', roles: ['industry_union_cadre'] }],
    bureau_company_union: [{ title: '乡镇（街道、园区）、县直属产业（行业）工会（工委）意见', roles: ['industry_union_cadre'] }],
    county_federation: [{ title: '县总工会意见', roles: ['county_union_cadre'] }],
  },
};
