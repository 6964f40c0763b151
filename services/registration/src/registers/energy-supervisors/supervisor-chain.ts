import { OrgLevels } from '@lc/org';
import { SubmitApproval } from '@lc/platform';

export const ENERGY_SUPERVISOR = 'energy-supervisor';

/**
 * The four opinion boxes of attachment 4, in order: the unit's (enterprise's) union, the unit
 * (enterprise) itself, the township or county-level industry union, and the county union. A person
 * registers, so the chain starts at their own unit; a team has no box, so for a person of a team it
 * starts at the team's enterprise.
 */
export const supervisorChain: Pick<SubmitApproval, 'form' | 'upToLevel' | 'deciders' | 'boxes' | 'submittedBy'> = {
  form: 'energy-supervisor',
  upToLevel: OrgLevels.county,
  submittedBy: 'person',
  deciders: {},
  boxes: {
    enterprise_union: [
      { holder: 'union', roles: ['enterprise_union_cadre'] },
      { holder: 'management', roles: ['enterprise_management'] },
    ],
    township_union: [{ holder: 'union', roles: ['township_union_cadre'] }],
    industry_union: [{ holder: 'union', roles: ['industry_union_cadre'] }],
    bureau_company_union: [{ holder: 'union', roles: ['industry_union_cadre'] }],
    county_federation: [{ holder: 'union', roles: ['county_union_cadre'] }],
  },
};
