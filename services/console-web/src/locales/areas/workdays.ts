/**
 * Working days (工作日) and the waiting list (候补): the plan form's time limit in working days, the
 * publicity period's rule, and a nomination's place on the waiting list. Chinese first, English with
 * the same keys (a missing one fails the build). Keys start with 'workdays.'.
 */
const zh = {
  'workdays.plan.mode': '时限方式',
  'workdays.plan.byWorkingDays': '按工作日',
  'workdays.plan.byTime': '指定时间',
  'workdays.plan.workingDays': '工作日数',
  'workdays.plan.workingDaysRequired': '请填写工作日数',
  'workdays.plan.workingDaysUnit': '个工作日',
  'workdays.plan.preview': '截止 {day} 24时（第 {n} 个工作日，节假日及调休按国家安排）',
  'workdays.plan.unofficial': '该年度国家节假日安排尚未发布，暂按周一至周五计算',
  'workdays.plan.reminderRule': '到期前按工作日提前提醒专人，逾期告知上一级工会',
  'workdays.waiting': '候补第 {position} 位',
  'workdays.waitingHint': '名额已满，按审批通过先后候补；名额空出（异议成立撤销或增加名额）时，排在第一位的自动递补进入公示。',
  'workdays.promoted': '候补递补',
  'workdays.promotedHint': '该推荐曾在候补名单中，名额空出后自动递补进入公示。',
  'workdays.publicityRule': '公示期按工作日计算（不少于5个工作日，节假日及调休按国家安排），至最后一个工作日24时止。',
  'workdays.approvals.dueRule': '办理期限按工作日计算（节假日及调休按国家安排）',
};

export const workdaysZh = zh;
export const workdaysEn: Record<keyof typeof zh, string> = {
  'workdays.plan.mode': 'Time limit given',
  'workdays.plan.byWorkingDays': 'In working days',
  'workdays.plan.byTime': 'At a set time',
  'workdays.plan.workingDays': 'Working days',
  'workdays.plan.workingDaysRequired': 'Enter the number of working days',
  'workdays.plan.workingDaysUnit': 'working days',
  'workdays.plan.preview': 'Due by the end of {day} (working day {n}; public holidays and adjusted working days as officially announced)',
  'workdays.plan.unofficial': "That year's official holiday arrangement is not published yet: counted Monday to Friday for now",
  'workdays.plan.reminderRule': 'The designated person is reminded working days ahead; when overdue, the union above is told',
  'workdays.waiting': 'Waiting list, place {position}',
  'workdays.waitingHint':
    'The quota is full: approved nominations wait in the order of approval; when a place is freed (an objection upheld, or the quota raised) the first waiting takes it and goes on public notice.',
  'workdays.promoted': 'From the waiting list',
  'workdays.promotedHint': 'This nomination waited over the quota and took a freed place, going on public notice.',
  'workdays.publicityRule': 'The public notice runs for working days (at least 5; public holidays and adjusted working days as officially announced), to midnight after the last one.',
  'workdays.approvals.dueRule': 'Due dates count working days (public holidays and adjusted working days as officially announced)',
};
