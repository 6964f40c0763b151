/**
 * The Chinese words of a printed case file (全程档案): what each audit action means, the states, the
 * facts an entry sets and the verification of its audit entry. The PDF is for auditors, in Chinese.
 */
export const CASE_FILE_KIND_LABELS: Record<string, string> = {
  'hazard-report': '隐患报告',
  'hazard-reward': '隐患奖励',
  nomination: '荣誉推荐',
};

export const ACTION_LABELS: Record<string, string> = {
  'hazard.reported': '报告隐患',
  'hazard.confirmed': '核实：确认隐患',
  'hazard.duplicate': '核实：重复报告',
  'hazard.rejected': '核实：不予确认',
  'reward.created': '生成奖励',
  'reward.queued': '奖励排队（预算不足）',
  'reward.issued': '奖励发放（计入预算）',
  'reward.rejected': '奖励审批未通过',
  'reward.paid': '奖励支付到账',
  'reward.claimed': '申领奖励',
  'reward.redeemed': '兑付奖励',
  'hazard.plan-set': '制定整改方案',
  'hazard.plan-revised': '修订整改方案',
  'hazard.progress': '整改进展',
  'hazard.reminded': '整改到期提醒',
  'hazard.overdue': '整改逾期，上报督办',
  'hazard.rectification-refused': '整改验收不通过',
  'hazard.close-out-submitted': '整改验收通过，提交销号审批',
  'hazard.closed': '隐患销号',
  'approval.submitted': '提交审批',
  'approval.signed': '会签',
  'approval.step-approved': '本级审批通过',
  'approval.approved': '审批通过',
  'approval.rejected': '审批驳回',
  'approval.returned': '退回修改',
  'approval.resubmitted': '重新提交',
  'approval.withdrawn': '撤回',
  'approval.reminded': '催办',
  'approval.escalated': '逾期督办',
  'nomination.created': '创建推荐',
  'nomination.submitted': '提交推荐',
  'nomination.approved': '审批通过，进入公示',
  'nomination.rejected': '推荐未通过',
  'nomination.over-quota': '超出名额',
  'nomination.objection-lodged': '公示期提出异议',
  'nomination.objection-upheld': '异议成立',
  'nomination.objection-dismissed': '异议不成立',
  'nomination.withdrawn': '撤销推荐',
  'award.conferred': '授予荣誉',
};

export const ENTITY_LABELS: Record<string, string> = {
  'hazard-report': '隐患报告',
  hazard: '隐患档案',
  'hazard-reward': '隐患奖励',
  'hazard-close-out': '重大隐患销号',
  nomination: '荣誉推荐',
};

export const STATUS_LABELS: Record<string, string> = {
  reported: '待核实',
  confirmed: '已确认',
  duplicate: '重复报告',
  rejected: '不予确认',
  open: '整改中',
  close_out_pending: '销号审批中',
  closed: '已销号',
  no_scheme: '无奖励办法',
  awaiting_approval: '待审批',
  queued: '排队中',
  issued: '已发放',
  paid: '已入账',
  candidate: '候选',
  submitted: '审批中',
  publicity: '公示中',
  conferred: '已授予',
  withdrawn: '已撤销',
  over_quota: '超出名额',
  pending: '审批中',
  approved: '已通过',
  returned: '已退回',
};

export const FACT_LABELS: Record<string, string> = {
  status: '状态',
  grade: '等级',
  category: '类别',
  location: '地点',
  photos: '照片数',
  anonymous: '匿名',
  duplicateOf: '重复于',
  amountYuan: '金额（元）',
  budgetYear: '预算年度',
  deadline: '整改期限',
  measures: '整改措施',
  responsibleUnit: '责任单位',
  responsiblePerson: '责任人',
  interimMeasures: '临时措施',
  note: '说明',
  publicityEndsAt: '公示截止',
  honourCode: '荣誉',
  nomineeName: '推荐对象',
  certificateNo: '证书编号',
  rewardYuan: '奖金（元）',
};

export const VALUE_LABELS: Record<string, string> = {
  general: '一般',
  major: '重大',
  accident: '事故隐患',
  occupational: '职业危害',
  true: '是',
  false: '否',
};

export const ACTOR_LABELS: Record<string, string> = {
  system: '系统（自动）',
  'anonymous-reporter': '匿名举报人',
  reporter: '举报人（不公开）',
  objector: '异议人（不公开）',
};

export const CHECK_LABELS: Record<string, string> = {
  verified: '校验通过',
  altered: '校验失败：记录被改动',
  unlinked: '校验失败：链条断开',
  unsealed: '待封存',
};
