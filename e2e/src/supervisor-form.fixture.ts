/** An energy-saving supervisor's form (attachment 4) that passes validation, with its own mobile. */
export const supervisorForm = (mobile: string) => ({
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
});
