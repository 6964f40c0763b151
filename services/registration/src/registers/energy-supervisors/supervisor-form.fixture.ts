import { SupervisorForm } from './supervisor-form';

/** A filled-in attachment 4, for tests to vary; give each registration its own mobile. */
export const validSupervisorForm = (mobile = '13912345678'): SupervisorForm => ({
  name: '张丽',
  gender: 'female',
  birthMonth: '1988-04',
  education: '大专',
  politicalStatus: '中共党员',
  trade: '电工',
  appointedMonth: '2018-03',
  qqOrWechat: 'zhangli_88',
  mobile,
  unitAddress: '示范市东城区兴华路 88 号',
  postcode: '313100',
  pastAwards: '2017年 县级节能减排先进个人',
});
