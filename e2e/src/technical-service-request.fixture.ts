import { Json } from '@lc/testing';

/** An enterprise's technical-service request (attachment 5). */
export function technicalServiceRequest(enterpriseUnitId: string): Json {
  return {
    enterpriseUnitId,
    unionChairman: '王建国',
    contact: '0572-6012345',
    enterpriseAddress: '示范市西区兴华路 8 号',
    service: { project: '空压机组变频节能改造', content: '改造方案论证与现场技术指导', specialtyOrTrade: '电气自动化' },
    trainingNeeds: [{ trade: '维修电工', headcount: 12 }],
  };
}
