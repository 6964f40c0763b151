import type { TemplateDefinition } from '../template.types';
import { deepFreeze } from './deep-freeze';

/**
 * 2018 年长兴县开展"工人先锋号"创建活动考核评价表 (seed 004, attachment 3), row for row; texts as printed.
 *
 * Readings of the form, where it leaves room:
 * - 一全: "文件齐全（上级文件和本级计划、活动情况、总结）" names 4 files; 4 × 5 = the item's 20.
 * - 有活动, 15 points, "少 1 项扣 3 分，扣完为止": the form names kinds of activity (培训、"五小"活动、评比等)
 *   but no count. Read as 5 activities expected (15 ÷ 3), the only count at which 扣完为止 can be reached
 *   and a unit with no activity scores 0; with 3 kinds a unit holding none would keep 6 points.
 * - 有实效, 25 points: 知晓率 and 参与率 target 100%, 服务对象满意率 95% (在 95% 以上: 95% itself meets it);
 *   每少 5 个百分点扣 10 分 counts full steps of 5 per rate, summed over the three rates, never below 0.
 * - 有总结: 2 units, 文字 and 相关图片; 2 × 5 = the item's 10.
 * - 六上墙: 6 things on the wall, 5 each, there or not. Note 3 of the form (其他上墙内容企业根据实际情况而定)
 *   adds nothing to the score.
 * - 备注 1, 考核在 90 分以上为合格: 90 and above passes (以上 includes the number itself, as in Chinese
 *   legal usage), so passThreshold is 90 and 89 fails.
 * The form's 自评分 and 考核分 columns are two sheets scored against this one template.
 */
export const pioneerTeamAssessment2018: TemplateDefinition = deepFreeze({
  code: 'pioneer-team-assessment-2018',
  name: '2018 年长兴县开展“工人先锋号”创建活动考核评价表',
  totalPoints: 100,
  passThreshold: 90,
  categories: [
    {
      key: 'yi-quan',
      name: '一全',
      points: 20,
      items: [
        {
          key: 'documents',
          text: '创建活动文件齐全（上级文件和本级计划、活动情况、总结），每少 1 项扣 5 分，扣完为止。',
          maxPoints: 20,
          rule: { kind: 'per-missing', required: 4, deductionPerMissing: 5 },
        },
      ],
    },
    {
      key: 'san-you',
      name: '三有',
      points: 50,
      items: [
        {
          key: 'activities',
          text: '有活动（培训、“五小”活动、评比等），少 1 项扣 3 分，扣完为止。',
          maxPoints: 15,
          rule: { kind: 'per-missing', required: 5, deductionPerMissing: 3 },
        },
        {
          key: 'effectiveness',
          text: '有实效（测评岗员知晓率、参与率在 100%，服务对象满意率在 95%以上）。每少 5 个百分点扣 10 分。',
          maxPoints: 25,
          rule: {
            kind: 'per-shortfall',
            metrics: [
              { key: 'awareness', name: '测评岗员知晓率', target: 100 },
              { key: 'participation', name: '测评岗员参与率', target: 100 },
              { key: 'satisfaction', name: '服务对象满意率', target: 95 },
            ],
            step: 5,
            deductionPerStep: 10,
          },
        },
        {
          key: 'summary',
          text: '有总结（文字和相关图片）少 1 项扣 5 分，扣完为止。',
          maxPoints: 10,
          rule: { kind: 'per-missing', required: 2, deductionPerMissing: 5 },
        },
      ],
    },
    {
      key: 'liu-shang-qiang',
      name: '六上墙',
      points: 30,
      items: [
        { key: 'wall-leading-group', text: '创建领导小组', maxPoints: 5, rule: { kind: 'presence', points: 5 } },
        { key: 'wall-post-name', text: '岗位全称', maxPoints: 5, rule: { kind: 'presence', points: 5 } },
        { key: 'wall-post-members', text: '岗位成员情况', maxPoints: 5, rule: { kind: 'presence', points: 5 } },
        { key: 'wall-slogan', text: '口号', maxPoints: 5, rule: { kind: 'presence', points: 5 } },
        { key: 'wall-pledge-and-goals', text: '承诺和目标', maxPoints: 5, rule: { kind: 'presence', points: 5 } },
        { key: 'wall-supervision-phone', text: '监督电话', maxPoints: 5, rule: { kind: 'presence', points: 5 } },
      ],
    },
  ],
});
