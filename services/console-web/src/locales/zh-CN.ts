import { approvalsZh } from './areas/approvals';
import { competitionsZh } from './areas/competitions';
import { orgZh } from './areas/org';
import { hazardsZh } from './areas/hazards';
import { honoursZh } from './areas/honours';
import { phoneZh } from './areas/phone';
import { assessmentZh } from './areas/assessment';
import { caseFilesZh } from './areas/case-files';
import { dashboardsZh } from './areas/dashboards';
import { chainsZh } from './areas/chains';
import { workdaysZh } from './areas/workdays';

/** Labels of the console, Chinese first; en-US.ts has the same keys. The screens' own texts are in areas/. */
const frame = {
  'app.title': '劳动和技能竞赛管理平台',
  'app.subtitle': '工会劳动和技能竞赛 · 安康杯 · 考核评比 · 荣誉表彰',
  'menu.workbench': '工作台',
  'menu.approvals': '审批中心',
  'menu.notifications': '消息通知',
  'menu.delegations': '委托代办',
  'menu.org': '组织架构',
  'menu.competitions': '竞赛管理',
  'menu.registers': '登记册',
  'menu.hazards': '隐患排查',
  'menu.coverage': '参赛覆盖面',
  'menu.audit': '审计',
  'menu.me': '个人中心',
  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.failed': '用户名或密码不正确',
  'login.locked': '登录尝试过多，账号已暂时锁定，请稍后再试',
  'login.throttled': '登录过于频繁，请于 {seconds} 秒后再试',
  'password.title': '设置新密码',
  'password.explain': '您的密码由{who}于{when}设置，是临时密码。请设置只有您自己知道的新密码后继续。',
  'password.explainAnon': '您的密码是临时密码。请设置只有您自己知道的新密码后继续。',
  'password.current': '当前（临时）密码',
  'password.new': '新密码',
  'password.confirm': '再次输入新密码',
  'password.rule': '至少10个字符，不要使用生日、手机号、常见词语',
  'password.mismatch': '两次输入的新密码不一致',
  'password.submit': '设置并登录',
  'common.logout': '退出登录',
  'common.search': '查询',
  'common.reset': '重置',
  'common.export': '导出',
  'common.refresh': '刷新',
  'common.view': '查看',
  'common.cancel': '取消',
  'common.confirm': '确定',
  'common.save': '保存',
  'common.create': '新建',
  'common.edit': '编辑',
  'common.language': '语言',
  'common.unit': '所在单位',
  'common.roles': '角色',
  'common.readOnly': '只读',
  'approval.todo': '待办',
  'approval.done': '已办',
  'approval.mine': '我发起的',
  'approval.cc': '抄送我的',
  'approval.approve': '同意',
  'approval.return': '退回修改',
  'approval.reject': '不同意',
  'approval.resubmit': '重新报送',
  'approval.withdraw': '撤回',
  'approval.remind': '催办',
  'approval.opinion': '审批意见',
  'approval.overdue': '已超期',
  'status.pending': '审批中',
  'status.returned': '已退回',
  'status.approved': '已通过',
  'status.rejected': '未通过',
  'status.withdrawn': '已撤回',
} as const;

export const zhCN = { ...frame, ...approvalsZh, ...orgZh, ...competitionsZh, ...phoneZh, ...hazardsZh, ...assessmentZh, ...caseFilesZh, ...dashboardsZh, ...honoursZh, ...chainsZh, ...workdaysZh };

export type MessageKey = keyof typeof zhCN;
