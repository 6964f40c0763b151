import { OrgLevels } from '@lc/org';
import { SubmitApproval } from '@lc/platform';

export const TECHNICAL_SERVICE_REQUEST = 'technical-service-request';

const OPINION_BOX = '乡镇（街道、园区）（总）工会，县直属产业（行业）工会（工委）意见';

/**
 * Attachment 5 has one opinion box: the township union's, or the county-level industry union's for
 * the enterprises under it. The enterprise's union submits, so the chain is that one box (level 4).
 */
export const technicalServiceChain: Pick<SubmitApproval, 'upToLevel' | 'deciders' | 'boxes'> = {
  upToLevel: OrgLevels.township,
  deciders: {},
  boxes: {
    township_union: [{ title: OPINION_BOX, roles: ['township_union_cadre'] }],
    industry_union: [{ title: OPINION_BOX, roles: ['industry_union_cadre'] }],
    bureau_company_union: [{ title: OPINION_BOX, roles: ['industry_union_cadre'] }],
  },
};
