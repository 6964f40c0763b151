import type { ItemDefinition, TemplateDefinition } from '../template.types';
import { deepFreeze } from './deep-freeze';

/** Judges give points on a half-point grid: fine enough to rank, coarse enough that judges agree. */
const HALF_POINT = 0.5;

const judged = (key: string, text: string, maxPoints: number): ItemDefinition => ({
  key,
  text,
  maxPoints,
  rule: { kind: 'judged', step: HALF_POINT },
});

/**
 * 劳动竞赛评估 (seed 003, item 16): "把生产安全、产品质量、工作效率、人员技能、技术创新、经济效益、职工收益、
 * 劳动环境等指标和职工满意不满意、党政支持不支持、社会认可不认可作为竞赛评估的重要内容".
 *
 * The seed names the indicators but gives no points; these are our choice, to be changed by a new
 * template version if the committee decides otherwise:
 * - 绩效指标 80: the eight performance indicators, 10 each, weighted equally because the seed lists them
 *   as equals;
 * - 满意度 20: 职工满意 10 (the workers are whom the competition serves), 党政支持 5, 社会认可 5;
 * - every item judged on a 0.5 grid; pass at 60 (the usual 及格 line of a 100-point scale).
 */
export const competitionEvaluationIndicators: TemplateDefinition = deepFreeze({
  code: 'competition-evaluation-indicators',
  name: '劳动竞赛绩效评估指标',
  totalPoints: 100,
  passThreshold: 60,
  categories: [
    {
      key: 'performance',
      name: '绩效指标',
      points: 80,
      items: [
        judged('production-safety', '生产安全', 10),
        judged('product-quality', '产品质量', 10),
        judged('work-efficiency', '工作效率', 10),
        judged('staff-skills', '人员技能', 10),
        judged('technical-innovation', '技术创新', 10),
        judged('economic-benefit', '经济效益', 10),
        judged('worker-income', '职工收益', 10),
        judged('working-environment', '劳动环境', 10),
      ],
    },
    {
      key: 'satisfaction',
      name: '满意度',
      points: 20,
      items: [
        judged('worker-satisfaction', '职工满意不满意', 10),
        judged('party-government-support', '党政支持不支持', 5),
        judged('social-recognition', '社会认可不认可', 5),
      ],
    },
  ],
});
