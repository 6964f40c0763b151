import { scoreSheet } from '../score-sheet';
import { inputErrorOf } from '../../test/fixtures/scoring.fixtures';
import { validateTemplate } from '../validate-template';
import { competitionEvaluationIndicators as indicators } from './competition-evaluation-indicators';

describe('competition evaluation indicators (seed 003 item 16)', () => {
  it('is a valid template: 8 performance indicators × 10 and three satisfactions 10/5/5, pass at 60', () => {
    expect(validateTemplate(indicators)).toEqual([]);
    expect(indicators).toMatchObject({ totalPoints: 100, passThreshold: 60 });
    expect(indicators.categories.map((category) => category.items.map((item) => [item.text, item.maxPoints]))).toEqual([
      [
        ['生产安全', 10],
        ['产品质量', 10],
        ['工作效率', 10],
        ['人员技能', 10],
        ['技术创新', 10],
        ['经济效益', 10],
        ['职工收益', 10],
        ['劳动环境', 10],
      ],
      [
        ['职工满意不满意', 10],
        ['党政支持不支持', 5],
        ['社会认可不认可', 5],
      ],
    ]);
    for (const item of indicators.categories.flatMap((category) => category.items)) expect(item.rule).toEqual({ kind: 'judged', step: 0.5 });
  });

  /*
   * | indicator              | judged | max |
   * | production-safety      | 8.5    | 10  |
   * | product-quality        | 9      | 10  |
   * | work-efficiency        | 7      | 10  |
   * | staff-skills           | 10     | 10  |
   * | technical-innovation   | 6.5    | 10  |
   * | economic-benefit       | 8      | 10  |
   * | worker-income          | 9.5    | 10  |
   * | working-environment    | 7.5    | 10  |   绩效指标 66 of 80
   * | worker-satisfaction    | 8      | 10  |
   * | party-government-support | 4.5  | 5   |
   * | social-recognition     | 3.5    | 5   |   满意度 16 of 20
   * total 82 ≥ 60: passes.
   */
  it('scores a competition judged on the half-point grid', () => {
    const sheet = scoreSheet(indicators, {
      'production-safety': { points: 8.5 },
      'product-quality': { points: 9 },
      'work-efficiency': { points: 7 },
      'staff-skills': { points: 10 },
      'technical-innovation': { points: 6.5 },
      'economic-benefit': { points: 8 },
      'worker-income': { points: 9.5 },
      'working-environment': { points: 7.5 },
      'worker-satisfaction': { points: 8 },
      'party-government-support': { points: 4.5 },
      'social-recognition': { points: 3.5 },
    });
    expect(sheet.categories).toEqual([
      { key: 'performance', points: 66, max: 80 },
      { key: 'satisfaction', points: 16, max: 20 },
    ]);
    expect(sheet).toMatchObject({ total: 82, passed: true, complete: true });
  });

  it('passes at 60 and fails at 59.5', () => {
    const inputsTotalling = (last: number) => ({
      ...Object.fromEntries(indicators.categories[0].items.map((item) => [item.key, { points: 6 }])),
      'worker-satisfaction': { points: 6 },
      'party-government-support': { points: 3 },
      'social-recognition': { points: last },
    });
    expect(scoreSheet(indicators, inputsTotalling(3))).toMatchObject({ total: 60, passed: true });
    expect(scoreSheet(indicators, inputsTotalling(2.5))).toMatchObject({ total: 59.5, passed: false });
  });

  it('refuses points off the half-point grid or above an indicator’s maximum', () => {
    expect(inputErrorOf(() => scoreSheet(indicators, { 'staff-skills': { points: 7.3 } })).message).toBe(
      'items.staff-skills.points: must be a multiple of 0.5; got 7.3',
    );
    expect(inputErrorOf(() => scoreSheet(indicators, { 'social-recognition': { points: 6 } })).message).toBe(
      "items.social-recognition.points: 6 is more than the item's 5 points",
    );
  });
});
