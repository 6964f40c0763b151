import { opinionBoxTitle } from './opinion-box-titles';

describe('opinionBoxTitle', () => {
  it('titles a level the same on every form that prints nothing of its own', () => {
    for (const form of ['nomination', 'hazard-reward', 'hazard-close-out', 'plan-filing'] as const) {
      expect(opinionBoxTitle(form, 'township_union')).toBe('乡镇（街道、园区）工会意见');
      expect(opinionBoxTitle(form, 'city_federation')).toBe('市总工会意见');
    }
    expect(opinionBoxTitle('hazard-close-out', 'county_federation')).toBe('县（区）总工会意见');
  });

  it('keeps the words a form prints: the recommendation form, the filing, and the attachments of seed 004', () => {
    expect(opinionBoxTitle('nomination', 'enterprise_union')).toBe('企业工会推荐意见');
    expect(opinionBoxTitle('plan-filing', 'county_federation')).toBe('县劳动竞赛委员会办公室意见');
    expect(opinionBoxTitle('pioneer-team', 'enterprise_union')).toBe('单位工会意见');
    expect(opinionBoxTitle('pioneer-team', 'enterprise_union', 'management')).toBe('单位意见');
    expect(opinionBoxTitle('energy-supervisor', 'enterprise_union', 'management')).toBe('单位（企业）意见');
    expect(opinionBoxTitle('energy-supervisor', 'industry_union')).toBe('乡镇（街道、园区）、县直属产业（行业）工会（工委）意见');
  });

  it('has no box for a team, nor for management on a form without one', () => {
    expect(() => opinionBoxTitle('nomination', 'team')).toThrow('no form has a team opinion box');
    expect(() => opinionBoxTitle('nomination', 'enterprise_union', 'management')).toThrow("the nomination form has no box for the unit's management");
  });
});
