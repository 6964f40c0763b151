import { Json } from '@lc/testing';

/** A 工人先锋号 application form (seed 004 attachment 2) whose composition adds up. */
export function pioneerTeamForm(): Json {
  return {
    unitFoundedMonth: '2005-06',
    headcount: 12,
    postLeaderName: '李强',
    teamFoundedMonth: '2012-03',
    composition: { total: 12, men: 9, women: 3, partyMembers: 4, leagueMembers: 5, averageAge: 34.5, averageTechnicalGrade: 4.2, collegeOrAbove: 5, highSchool: 6, juniorHigh: 1 },
    leader: { name: '王建军', gender: 'male', birthMonth: '1985-09', education: '大专', politicalStatus: '中共党员', trade: '数控车工', appointedMonth: '2016-01', mobile: '13912345678' },
    unitAddress: '示范市西区兴华路 8 号',
    postcode: '313100',
  };
}
