import { approvalsEn } from './areas/approvals';
import { competitionsEn } from './areas/competitions';
import { orgEn } from './areas/org';
import { hazardsEn } from './areas/hazards';
import { caseFilesEn } from './areas/case-files';
import { honoursEn } from './areas/honours';
import { phoneEn } from './areas/phone';
import { assessmentEn } from './areas/assessment';
import { dashboardsEn } from './areas/dashboards';
import { chainsEn } from './areas/chains';
import { workdaysEn } from './areas/workdays';
import type { MessageKey } from './zh-CN';

const frame = {
  'app.title': 'Labour and Skills Competition Platform',
  'app.subtitle': 'Competitions · Ankang Cup · Assessment · Honours',
  'menu.workbench': 'Workbench',
  'menu.approvals': 'Approvals',
  'menu.notifications': 'Notifications',
  'menu.delegations': 'Delegations',
  'menu.org': 'Organisation',
  'menu.competitions': 'Competitions',
  'menu.registers': 'Registers',
  'menu.hazards': 'Hazards',
  'menu.coverage': 'Coverage',
  'menu.audit': 'Audit',
  'menu.me': 'My account',
  'login.title': 'Log in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',
  'login.failed': 'Wrong username or password',
  'login.locked': 'Too many attempts: the account is locked for a while, try again later',
  'login.throttled': 'Too many logins: try again in {seconds} s',
  'password.title': 'Choose a new password',
  'password.explain': 'Your password was set by {who} on {when} and is temporary. Choose one only you know to go on.',
  'password.explainAnon': 'Your password is temporary. Choose one only you know to go on.',
  'password.current': 'Current (temporary) password',
  'password.new': 'New password',
  'password.confirm': 'New password again',
  'password.rule': 'At least 10 characters; no birthdays, phone numbers or common words',
  'password.mismatch': 'The two new passwords differ',
  'password.submit': 'Set and log in',
  'common.logout': 'Log out',
  'common.search': 'Search',
  'common.reset': 'Reset',
  'common.export': 'Export',
  'common.refresh': 'Refresh',
  'common.view': 'View',
  'common.cancel': 'Cancel',
  'common.confirm': 'OK',
  'common.save': 'Save',
  'common.create': 'New',
  'common.edit': 'Edit',
  'common.language': 'Language',
  'common.unit': 'Unit',
  'common.roles': 'Roles',
  'common.readOnly': 'Read only',
  'approval.todo': 'To do',
  'approval.done': 'Done',
  'approval.mine': 'Submitted by me',
  'approval.cc': 'Copied to me',
  'approval.approve': 'Approve',
  'approval.return': 'Return for revision',
  'approval.reject': 'Reject',
  'approval.resubmit': 'Resubmit',
  'approval.withdraw': 'Withdraw',
  'approval.remind': 'Remind',
  'approval.opinion': 'Opinion',
  'approval.overdue': 'Overdue',
  'status.pending': 'Pending',
  'status.returned': 'Returned',
  'status.approved': 'Approved',
  'status.rejected': 'Rejected',
  'status.withdrawn': 'Withdrawn',
};

export const enUS: Record<MessageKey, string> = { ...frame, ...approvalsEn, ...orgEn, ...competitionsEn, ...phoneEn, ...hazardsEn, ...assessmentEn, ...caseFilesEn, ...dashboardsEn, ...honoursEn, ...chainsEn, ...workdaysEn };

