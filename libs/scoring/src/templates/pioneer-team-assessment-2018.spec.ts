import { scoreSheet } from '../score-sheet';
import type { SheetInputs, SheetScore } from '../template.types';
import { validateTemplate } from '../validate-template';
import { pioneerTeamAssessment2018 as form } from './pioneer-team-assessment-2018';

/** The six 上墙 items in form order (rows 5–10). */
const WALL = ['wall-leading-group', 'wall-post-name', 'wall-post-members', 'wall-slogan', 'wall-pledge-and-goals', 'wall-supervision-phone'];
const wall = (...present: boolean[]): SheetInputs => Object.fromEntries(WALL.map((key, index) => [key, { present: present[index] }]));
const effectiveness = (awareness: number, participation: number, satisfaction: number) => ({ values: { awareness, participation, satisfaction } });

const pointsByItem = (sheet: SheetScore) => Object.fromEntries(sheet.items.map((item) => [item.key, item.points]));
const pointsByCategory = (sheet: SheetScore) => Object.fromEntries(sheet.categories.map((category) => [category.key, category.points]));

describe('2018 工人先锋号 创建活动考核评价表 (seed 004 attachment 3)', () => {
  it('is a valid template', () => {
    expect(validateTemplate(form)).toEqual([]);
  });

  it('has the rows, points and pass line of the form', () => {
    expect(form).toMatchObject({ totalPoints: 100, passThreshold: 90 });
    expect(form.categories.map((category) => [category.name, category.points])).toEqual([
      ['一全', 20],
      ['三有', 50],
      ['六上墙', 30],
    ]);
    const rows = form.categories.flatMap((category) => category.items.map((item) => [item.text, item.maxPoints]));
    expect(rows).toEqual([
      ['创建活动文件齐全（上级文件和本级计划、活动情况、总结），每少 1 项扣 5 分，扣完为止。', 20],
      ['有活动（培训、“五小”活动、评比等），少 1 项扣 3 分，扣完为止。', 15],
      ['有实效（测评岗员知晓率、参与率在 100%，服务对象满意率在 95%以上）。每少 5 个百分点扣 10 分。', 25],
      ['有总结（文字和相关图片）少 1 项扣 5 分，扣完为止。', 10],
      ['创建领导小组', 5],
      ['岗位全称', 5],
      ['岗位成员情况', 5],
      ['口号', 5],
      ['承诺和目标', 5],
      ['监督电话', 5],
    ]);
  });

  it('reads the deduction rules as documented: 4 files, 5 activities, 2 summary parts; 100/100/95% in steps of 5', () => {
    const rules = Object.fromEntries(form.categories.flatMap((category) => category.items.map((item) => [item.key, item.rule])));
    expect(rules.documents).toEqual({ kind: 'per-missing', required: 4, deductionPerMissing: 5 });
    expect(rules.activities).toEqual({ kind: 'per-missing', required: 5, deductionPerMissing: 3 });
    expect(rules.summary).toEqual({ kind: 'per-missing', required: 2, deductionPerMissing: 5 });
    expect(rules.effectiveness).toMatchObject({ step: 5, deductionPerStep: 10 });
    expect((rules.effectiveness as { metrics: { target: number }[] }).metrics.map((metric) => metric.target)).toEqual([100, 100, 95]);
  });

  describe('worked examples, scored by hand', () => {
    /*
     * Unit A — passes with 92
     * | row | item            | input                                   | points          |
     * |  1  | documents       | 4 of 4 files                            | 20              |
     * |  2  | activities      | 4 of 5                                  | 15 − 3      = 12 |
     * |  3  | effectiveness   | 知晓 100, 参与 96 (4 short: partial), 满意 97 | 25 − 0   = 25 |
     * |  4  | summary         | 2 of 2                                  | 10              |
     * | 5–9 | wall            | present                                 | 5 × 5       = 25 |
     * | 10  | 监督电话         | absent                                  | 0               |
     * 一全 20, 三有 12 + 25 + 10 = 47, 六上墙 25; total 92 ≥ 90: 合格.
     */
    it('unit A: 92, passes', () => {
      const sheet = scoreSheet(form, {
        documents: { provided: 4 },
        activities: { provided: 4 },
        effectiveness: effectiveness(100, 96, 97),
        summary: { provided: 2 },
        ...wall(true, true, true, true, true, false),
      });
      expect(pointsByItem(sheet)).toEqual({
        documents: 20,
        activities: 12,
        effectiveness: 25,
        summary: 10,
        'wall-leading-group': 5,
        'wall-post-name': 5,
        'wall-post-members': 5,
        'wall-slogan': 5,
        'wall-pledge-and-goals': 5,
        'wall-supervision-phone': 0,
      });
      expect(pointsByCategory(sheet)).toEqual({ 'yi-quan': 20, 'san-you': 47, 'liu-shang-qiang': 25 });
      expect(sheet).toMatchObject({ total: 92, passed: true, complete: true });
    });

    /*
     * Unit B — exactly 90, passes (考核在 90 分以上为合格: 90 included)
     * | row | item            | input                                      | points          |
     * |  1  | documents       | 4 of 4                                     | 20              |
     * |  2  | activities      | 5 of 5                                     | 15              |
     * |  3  | effectiveness   | 知晓 100, 参与 95 (5 short: 1 step), 满意 95 (at target) | 25 − 10 = 15 |
     * |  4  | summary         | 2 of 2                                     | 10              |
     * | 5–10| wall            | all six present                            | 30              |
     * 一全 20, 三有 15 + 15 + 10 = 40, 六上墙 30; total 90 ≥ 90: 合格.
     */
    it('unit B: exactly 90, passes', () => {
      const sheet = scoreSheet(form, {
        documents: { provided: 4 },
        activities: { provided: 5 },
        effectiveness: effectiveness(100, 95, 95),
        summary: { provided: 2 },
        ...wall(true, true, true, true, true, true),
      });
      expect(pointsByItem(sheet)).toMatchObject({ documents: 20, activities: 15, effectiveness: 15, summary: 10 });
      expect(pointsByCategory(sheet)).toEqual({ 'yi-quan': 20, 'san-you': 40, 'liu-shang-qiang': 30 });
      expect(sheet).toMatchObject({ total: 90, passed: true, complete: true });
    });

    /*
     * Unit C — 89, one point short, fails
     * | row | item            | input                      | points          |
     * |  1  | documents       | 4 of 4                     | 20              |
     * |  2  | activities      | 3 of 5                     | 15 − 2 × 3 = 9  |
     * |  3  | effectiveness   | 知晓 100, 参与 100, 满意 95 | 25              |
     * |  4  | summary         | 2 of 2                     | 10              |
     * | 5–10| wall            | 口号 absent, others present | 25              |
     * 一全 20, 三有 9 + 25 + 10 = 44, 六上墙 25; total 89 < 90: 不合格.
     */
    it('unit C: 89, fails', () => {
      const sheet = scoreSheet(form, {
        documents: { provided: 4 },
        activities: { provided: 3 },
        effectiveness: effectiveness(100, 100, 95),
        summary: { provided: 2 },
        ...wall(true, true, true, false, true, true),
      });
      expect(pointsByItem(sheet)).toMatchObject({ activities: 9, 'wall-slogan': 0 });
      expect(pointsByCategory(sheet)).toEqual({ 'yi-quan': 20, 'san-you': 44, 'liu-shang-qiang': 25 });
      expect(sheet).toMatchObject({ total: 89, passed: false, complete: true });
    });

    /*
     * Unit D — deductions run out (扣完为止), fails with 20
     * | row | item            | input                                                   | points            |
     * |  1  | documents       | 0 of 4                                                  | 20 − 20 = 0       |
     * |  2  | activities      | 0 of 5                                                  | 15 − 15 = 0       |
     * |  3  | effectiveness   | 知晓 80 (4 steps), 参与 70 (6 steps), 满意 93 (partial: 0) | 25 − 100 → 0    |
     * |  4  | summary         | 1 of 2 (文字, no pictures)                               | 10 − 5 = 5        |
     * | 5–10| wall            | 领导小组, 岗位全称, 监督电话 present                       | 15                |
     * 一全 0, 三有 0 + 0 + 5 = 5, 六上墙 15; total 20 < 90: 不合格.
     */
    it('unit D: deductions floor at 0 per item, total 20, fails', () => {
      const sheet = scoreSheet(form, {
        documents: { provided: 0 },
        activities: { provided: 0 },
        effectiveness: effectiveness(80, 70, 93),
        summary: { provided: 1 },
        ...wall(true, true, false, false, false, true),
      });
      expect(pointsByItem(sheet)).toMatchObject({ documents: 0, activities: 0, effectiveness: 0, summary: 5 });
      expect(sheet.items.find((item) => item.key === 'effectiveness')).toMatchObject({ deduction: 25 });
      expect(pointsByCategory(sheet)).toEqual({ 'yi-quan': 0, 'san-you': 5, 'liu-shang-qiang': 15 });
      expect(sheet).toMatchObject({ total: 20, passed: false, complete: true });
    });
  });

  it('scores the self assessment (自评分) and the review (考核分) as two sheets of the same template', () => {
    const selfAssessed = scoreSheet(form, {
      documents: { provided: 4 },
      activities: { provided: 5 },
      effectiveness: effectiveness(100, 100, 96),
      summary: { provided: 2 },
      ...wall(true, true, true, true, true, true),
    });
    const reviewed = scoreSheet(form, {
      documents: { provided: 3 },
      activities: { provided: 5 },
      effectiveness: effectiveness(100, 100, 96),
      summary: { provided: 2 },
      ...wall(true, true, true, true, true, true),
    });
    expect([selfAssessed.total, reviewed.total]).toEqual([100, 95]);
  });

  it('leaves a half-filled sheet incomplete, with the wall rows still to score', () => {
    const sheet = scoreSheet(form, { documents: { provided: 4 }, activities: { provided: 5 }, effectiveness: effectiveness(100, 100, 95), summary: { provided: 2 } });
    expect(sheet).toMatchObject({ total: 70, passed: false, complete: false, unscored: WALL });
  });
});
