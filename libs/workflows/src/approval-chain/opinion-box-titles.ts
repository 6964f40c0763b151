import type { OrgUnitKind } from '@lc/org';

/**
 * The title of each opinion box (意见栏), as the paper forms print it: one function for every chain, so
 * a level reads the same on every form unless the form itself prints other words (the seeds'
 * attachments). A step's title is fixed when its chain starts; chains already running keep theirs.
 */

/** The forms that go up an approval chain. */
export type ApprovalForm =
  | 'plan-filing'
  | 'pioneer-team'
  | 'energy-supervisor'
  | 'technical-service-request'
  | 'nomination'
  | 'hazard-reward'
  | 'hazard-close-out';

/** Whose box at a unit: its union's, or (where the form asks) the unit's own, its management's. */
export type OpinionBoxHolder = 'union' | 'management';

/** A level's box where the form prints nothing of its own. */
const LEVEL_BOX: Readonly<Record<Exclude<OrgUnitKind, 'team'>, string>> = {
  enterprise_union: '企业工会意见',
  township_union: '乡镇（街道、园区）工会意见',
  industry_union: '产业（行业）工会意见',
  bureau_company_union: '局（公司）工会意见',
  county_federation: '县（区）总工会意见',
  city_federation: '市总工会意见',
  provincial_federation: '省总工会意见',
  national_federation: '全国总工会意见',
};

const COUNTY_INDUSTRY_UNION = '县直属产业（行业）工会（工委）意见';
const TOWNSHIP_OR_COUNTY_INDUSTRY = '乡镇（街道、园区）、县直属产业（行业）工会（工委）意见';
const TECHNICAL_SERVICE_BOX = '乡镇（街道、园区）（总）工会，县直属产业（行业）工会（工委）意见';

/** The words a form prints instead, level by level (seed 004 attachments 1, 4 and 5; the recommendation form). */
const FORM_BOX: Readonly<Record<ApprovalForm, Partial<Record<OrgUnitKind, string>>>> = {
  'plan-filing': { county_federation: '县劳动竞赛委员会办公室意见' },
  'pioneer-team': {
    enterprise_union: '单位工会意见',
    industry_union: COUNTY_INDUSTRY_UNION,
    bureau_company_union: COUNTY_INDUSTRY_UNION,
    county_federation: '县劳动竞赛委员会办公室意见',
  },
  'energy-supervisor': {
    enterprise_union: '单位（企业）工会意见',
    township_union: TOWNSHIP_OR_COUNTY_INDUSTRY,
    industry_union: TOWNSHIP_OR_COUNTY_INDUSTRY,
    bureau_company_union: TOWNSHIP_OR_COUNTY_INDUSTRY,
    county_federation: '县总工会意见',
  },
  'technical-service-request': { township_union: TECHNICAL_SERVICE_BOX, industry_union: TECHNICAL_SERVICE_BOX, bureau_company_union: TECHNICAL_SERVICE_BOX },
  nomination: { enterprise_union: '企业工会推荐意见' },
  'hazard-reward': {},
  'hazard-close-out': {},
};

/** The unit's own box (management), on the forms that have one. */
const MANAGEMENT_BOX: Readonly<Partial<Record<ApprovalForm, string>>> = {
  'pioneer-team': '单位意见',
  'energy-supervisor': '单位（企业）意见',
};

/** The title of the box a unit of this kind fills on this form. */
export function opinionBoxTitle(form: ApprovalForm, kind: OrgUnitKind, holder: OpinionBoxHolder = 'union'): string {
  if (holder === 'management') {
    const title = MANAGEMENT_BOX[form];
    if (!title) throw new Error(`the ${form} form has no box for the unit's management`);
    return title;
  }
  if (kind === 'team') throw new Error('no form has a team opinion box');
  return FORM_BOX[form][kind] ?? LEVEL_BOX[kind];
}
