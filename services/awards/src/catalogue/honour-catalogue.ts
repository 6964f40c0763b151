/**
 * The honours of DOMAIN §5 (seeds 000, 002, 003, 004): who confers each, who can hold it, the criteria
 * in brief, and the material reward paid from the conferring union's competition fund. Amounts are the
 * platform's defaults for a deployment to adjust; the seeds fix none of them.
 */
export interface HonourDefinition {
  code: string;
  name: string;
  conferringLevel: 'county' | 'city' | 'province' | 'national';
  nomineeKind: 'person' | 'team' | 'unit';
  criteria: string;
  materialRewardYuan: number;
}

export const honourCatalogue: readonly HonourDefinition[] = [
  { code: 'pioneer-team', name: '工人先锋号', conferringLevel: 'city', nomineeKind: 'team', criteria: '创建活动考核合格（考核评价表90分以上），班组建设和岗位建功成绩突出', materialRewardYuan: 5000 },
  { code: 'pioneer-team-county', name: '县级工人先锋号', conferringLevel: 'county', nomineeKind: 'team', criteria: '县级“工人先锋号”创建活动考核合格', materialRewardYuan: 2000 },
  { code: 'may-day-award', name: '五一劳动奖状', conferringLevel: 'city', nomineeKind: 'unit', criteria: '在劳动和技能竞赛中业绩突出、职工权益保障好的单位', materialRewardYuan: 20000 },
  { code: 'may-day-medal', name: '五一劳动奖章', conferringLevel: 'city', nomineeKind: 'person', criteria: '在生产、工作中作出突出贡献的职工', materialRewardYuan: 5000 },
  { code: 'model-worker', name: '劳动模范', conferringLevel: 'city', nomineeKind: 'person', criteria: '长期在生产一线作出突出贡献，经评选表彰', materialRewardYuan: 10000 },
  { code: 'craftsman-changxing', name: '长兴工匠', conferringLevel: 'county', nomineeKind: 'person', criteria: '技能精湛、在技能比武中成绩优异的县域工匠', materialRewardYuan: 5000 },
  { code: 'craftsman-yimeng', name: '沂蒙工匠', conferringLevel: 'city', nomineeKind: 'person', criteria: '技艺精湛、创新成果突出的市级工匠', materialRewardYuan: 10000 },
  { code: 'craftsman-nantaihu', name: '南太湖工匠', conferringLevel: 'city', nomineeKind: 'person', criteria: '技艺精湛、创新成果突出的市级工匠', materialRewardYuan: 10000 },
  { code: 'craftsman-zhejiang', name: '浙江工匠', conferringLevel: 'province', nomineeKind: 'person', criteria: '省级工匠，由市级推荐', materialRewardYuan: 0 },
  { code: 'innovation-studio', name: '劳模和工匠人才创新工作室', conferringLevel: 'city', nomineeKind: 'team', criteria: '由劳模或工匠领衔、创新成果显著的工作室', materialRewardYuan: 10000 },
  { code: 'ankang-advanced-unit', name: '“安康杯”竞赛先进单位', conferringLevel: 'city', nomineeKind: 'unit', criteria: '群众性安全生产活动成效显著，隐患整改率高', materialRewardYuan: 5000 },
  { code: 'ankang-advanced-individual', name: '“安康杯”竞赛先进个人', conferringLevel: 'city', nomineeKind: 'person', criteria: '查身边隐患、保职工安康成绩突出（有奖举报隐患经核实）', materialRewardYuan: 1000 },
  { code: 'innovation-expert', name: '创新能手', conferringLevel: 'city', nomineeKind: 'person', criteria: '技术创新、“五小”成果突出的职工', materialRewardYuan: 3000 },
  { code: 'innovative-team', name: '创新型班组', conferringLevel: 'city', nomineeKind: 'team', criteria: '创新活动活跃、成果转化好的班组', materialRewardYuan: 3000 },
  { code: 'best-team', name: '最美班组', conferringLevel: 'city', nomineeKind: 'team', criteria: '团结协作、业绩突出、风貌良好的班组', materialRewardYuan: 3000 },
  { code: 'yimeng-labour-award', name: '振兴沂蒙劳动奖', conferringLevel: 'city', nomineeKind: 'person', criteria: '在重点工程、重点项目建设中贡献突出的职工', materialRewardYuan: 5000 },
  { code: 'competition-advanced-unit', name: '劳动竞赛先进单位', conferringLevel: 'county', nomineeKind: 'unit', criteria: '年末考核评比成绩优秀的参赛单位（优先推荐）', materialRewardYuan: 3000 },
  { code: 'competition-advanced-team', name: '劳动竞赛先进班组', conferringLevel: 'county', nomineeKind: 'team', criteria: '年末考核评比成绩优秀的参赛班组', materialRewardYuan: 2000 },
  { code: 'competition-advanced-individual', name: '劳动竞赛先进个人', conferringLevel: 'county', nomineeKind: 'person', criteria: '竞赛中成绩突出的职工（含技能比武名次靠前者）', materialRewardYuan: 1000 },
  { code: 'innovation-achievement', name: '优秀创新成果', conferringLevel: 'city', nomineeKind: 'team', criteria: '经济效益和推广价值显著的技术创新成果（以完成班组或团队申报）', materialRewardYuan: 5000 },
];

/** Each conferring level's units: a county honour is conferred by a county federation, and so on. */
export const conferringKinds = {
  county: ['county_federation'],
  city: ['city_federation'],
  province: ['provincial_federation'],
  national: ['national_federation'],
} as const;
