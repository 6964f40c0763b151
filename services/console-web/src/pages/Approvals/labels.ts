import type { ServiceName } from '../../services/api';

/** What each kind of approval item is called on the paper forms. */
export const itemKindLabels: Record<string, string> = {
  'plan-filing': '竞赛方案备案',
  'pioneer-team': '工人先锋号创建申报',
  nomination: '荣誉推荐',
  'hazard-reward': '隐患奖励审批',
  'hazard-close-out': '重大隐患销号',
  'energy-supervisor': '节能减排义务监督员登记',
  'technical-service-request': '企业技术服务需求',
};

export const statusColors: Record<string, string> = {
  pending: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export const transitionLabels: Record<string, string> = {
  submitted: '提交',
  signed: '签署',
  'step-approved': '同意',
  approved: '审批通过',
  rejected: '不同意',
  returned: '退回修改',
  resubmitted: '修改后重新报送',
  withdrawn: '撤回',
  reminded: '提醒',
  escalated: '超期上报',
};

export const serviceLabels: Record<ServiceName, string> = {
  registration: '竞赛与组织',
  'hazard-reward': '隐患奖励',
  assessment: '考核评比',
  awards: '荣誉表彰',
};

/** Opinions cadres write most, offered as one-click picks. */
export const quickOpinions = {
  approve: ['同意', '同意上报', '情况属实，同意'],
  return: ['请修改后再报', '材料不全，请补充后再报', '请核实后再报'],
  reject: ['不符合申报条件', '不同意'],
};
