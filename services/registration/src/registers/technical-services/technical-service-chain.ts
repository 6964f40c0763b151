import { OrgLevels } from '@lc/org';
import { SubmitApproval } from '@lc/platform';

export const TECHNICAL_SERVICE_REQUEST = 'technical-service-request';

/**
 * Attachment 5 has one opinion box: the township union's, or the county-level industry union's for
 * the enterprises under it. The enterprise's union submits, so the chain is that one box (level 4).
 */
export const technicalServiceChain: Pick<SubmitApproval, 'form' | 'upToLevel' | 'deciders'> = {
  form: 'technical-service-request',
  upToLevel: OrgLevels.township,
  deciders: { township_union: ['township_union_cadre'], industry_union: ['industry_union_cadre'], bureau_company_union: ['industry_union_cadre'] },
};
