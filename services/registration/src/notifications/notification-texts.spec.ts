import { notificationText } from './notification-texts';

describe('notification texts', () => {
  it('names the item and the step it waits at', () => {
    expect(notificationText('to-decide', { title: '东城区竞赛方案备案', stepTitle: '县总工会意见' })).toBe('「东城区竞赛方案备案」待您审批（县总工会意见）');
    expect(notificationText('reminder', { title: '方案', stepTitle: null })).toBe('「方案」催办：请尽快审批');
  });

  it('tells the submitter how the chain ended', () => {
    expect(notificationText('outcome', { title: '方案', stepTitle: '市总工会意见', status: 'approved' })).toBe('「方案」已审批通过');
    expect(notificationText('outcome', { title: '方案', stepTitle: '市总工会意见', status: 'rejected' })).toBe('「方案」未获通过（市总工会意见）');
  });
});
