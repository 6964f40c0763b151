/**
 * 企业需求技术服务项目登记表 (seed 004 attachment 5), as the enterprise's union fills it in. The
 * enterprise's name (企业名称) is its unit's, and the filling date (填写日期) the day it is requested.
 * The township's opinion, what was delivered and the enterprise's rating come later, one step each.
 */
export interface TechnicalServiceForm {
  /** 工会主席 */
  unionChairman: string;
  /** 联系电话/QQ 号/微信号 */
  contact: string;
  /** 企业地址 */
  enterpriseAddress: string;
  /** 急需技术服务的项目、内容（专业或工种） */
  service: {
    project: string;
    content: string;
    specialtyOrTrade: string;
  };
  /** 职工技能培训需求：工种, 人数 */
  trainingNeeds: { trade: string; headcount: number }[];
}

/** What the county or township union records as done (服务内容完成情况). */
export interface TechnicalServiceDelivery {
  what: string;
  deliveredBy: string;
  /** YYYY-MM-DD */
  deliveredOn: string;
  recordedBy: string;
  recordedAt: string;
}

/** 企业对服务项目和人员的评价 */
export interface TechnicalServiceRating {
  score: number;
  comment: string;
  ratedBy: string;
  ratedAt: string;
}

/** Every inconsistency of the form, each naming its fields; empty when it holds together. */
export function technicalServiceFormProblems(form: TechnicalServiceForm): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  form.trainingNeeds.forEach((need, i) => {
    const trade = need.trade.trim();
    const first = seen.get(trade);
    if (first === undefined) seen.set(trade, i);
    else problems.push(`trainingNeeds.${i}.trade (${trade}) repeats trainingNeeds.${first}.trade: give each trade once, with its whole headcount`);
  });
  return problems;
}
