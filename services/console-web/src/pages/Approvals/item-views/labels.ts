/** The words the forms and notices use for the services' codes. */
export const hazardCategories: Record<string, string> = { accident: '事故隐患', occupational: '职业病危害隐患' };
export const hazardGrades: Record<string, string> = { general: '一般隐患', major: '重大隐患' };
export const rewardStatuses: Record<string, string> = {
  no_scheme: '无适用奖励办法',
  awaiting_approval: '待审批',
  queued: '待预算',
  issued: '已发放',
  paid: '已兑付',
  rejected: '未批准',
};
export const hazardTimelineKinds: Record<string, string> = {
  opened: '建档',
  'plan-set': '制定整改方案',
  'plan-revised': '修改整改方案',
  progress: '整改进展',
  reminded: '到期提醒',
  overdue: '逾期',
  escalated: '逾期上报',
  'rectification-verified': '整改验收合格',
  'rectification-refused': '整改验收不合格',
  'close-out-submitted': '提请销号',
  'close-out-refused': '销号未获批准',
  closed: '已销号',
};
export const hazardStatuses: Record<string, string> = { open: '整改中', close_out_pending: '销号审批中', closed: '已销号' };
export const nominationStatuses: Record<string, string> = {
  candidate: '候选',
  submitted: '审批中',
  publicity: '公示中',
  conferred: '已授予',
  withdrawn: '已撤回',
  rejected: '未通过',
  over_quota: '超出名额，等候递补',
};
export const nominationSources: Record<string, string> = { assessment: '考核评比结果', hazard: '隐患排查治理', manual: '推荐' };
export const nomineeKinds: Record<string, string> = { person: '个人', team: '集体（班组）', unit: '集体（单位）' };
export const objectionStatuses: Record<string, string> = { pending: '待处理', upheld: '异议成立', dismissed: '异议不成立' };

export const labelOf = (labels: Record<string, string>, code: string | null | undefined): string => (code ? (labels[code] ?? code) : '—');
