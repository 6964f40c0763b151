// The demo city (示范市): its unions, enterprises, teams, demo users and competitions, in one place.
// generate-demo-files.js writes enterprises.csv and workers.csv from it; ../demo-data.js loads it through
// the registration API. Change it here, then run `node scripts/demo/generate-demo-files.js`.
'use strict';

const DEMO_PASSWORD = 'Demo2026pass';

/** Made by the install command (scripts/start.sh), not through the API: nobody can create a root there. */
const root = {
  id: 'demo-city',
  name: '示范市总工会',
  kind: 'city_federation',
  regionCode: '370100',
  admin: { username: 'city.cadre', displayName: '李建国' },
};

/** Created one by one with POST /org-units, parents first. regionCode: 行政区划代码, the parent's when absent. */
const unions = [
  { id: 'county-east', name: '东城区总工会', kind: 'county_federation', parentId: 'demo-city', regionCode: '370102' },
  { id: 'county-west', name: '西山县总工会', kind: 'county_federation', parentId: 'demo-city', regionCode: '370124' },
  { id: 'industry-metal', name: '示范市机械冶金工会', kind: 'industry_union', parentId: 'demo-city' },
  { id: 'town-xinghua', name: '兴华街道总工会', kind: 'township_union', parentId: 'county-east' },
  { id: 'park-east-hightech', name: '东城高新技术产业园区工会', kind: 'township_union', parentId: 'county-east' },
  { id: 'town-qingshan', name: '青山镇总工会', kind: 'township_union', parentId: 'county-west' },
  { id: 'park-west-econ', name: '西山经济开发区工会', kind: 'township_union', parentId: 'county-west' },
];

/**
 * Imported from enterprises.csv. Each enterprise's teams (班组) are created with POST /org-units, with ids
 * team-<name>-1, team-<name>-2; the workers of workers.csv are spread over the teams, their 工种 taken
 * from the enterprise's trades.
 */
const enterprises = [
  // 兴华街道 (东城区)
  {
    id: 'ent-hengtong', name: '示范市恒通精密机械有限公司', parentId: 'town-xinghua', ownership: 'non_public', aboveScale: true,
    industry: '通用设备制造业', headcount: 386, teams: ['数控加工班', '装配班'], trades: ['数控车工', '钳工', '焊工', '装配钳工', '电工'],
  },
  {
    id: 'ent-dongcheng-heating', name: '示范市东城热力有限公司', parentId: 'town-xinghua', ownership: 'public', aboveScale: true,
    industry: '热力生产和供应业', headcount: 215, teams: ['锅炉运行班', '管网维修班'], trades: ['锅炉运行值班员', '管道工', '电工', '化学检验员'],
  },
  {
    id: 'ent-hualian', name: '示范市华联商厦有限公司', parentId: 'town-xinghua', ownership: 'non_public', aboveScale: true,
    industry: '零售业', headcount: 520, teams: ['家电营业班', '超市收银班'], trades: ['营业员', '收银员', '仓库保管员'],
  },
  {
    id: 'ent-xinyuan-catering', name: '示范市鑫源餐饮管理有限公司', parentId: 'town-xinghua', ownership: 'non_public', aboveScale: false,
    industry: '餐饮业', headcount: 48, teams: ['后厨班'], trades: ['中式烹调师', '中式面点师', '餐厅服务员'],
  },
  {
    id: 'ent-xinghua-property', name: '示范市兴华物业服务有限公司', parentId: 'town-xinghua', ownership: 'non_public', aboveScale: false,
    industry: '物业管理', headcount: 64, teams: ['工程维修班'], trades: ['电工', '电梯安装维修工', '保安员'],
  },
  // 东城高新技术产业园区
  {
    id: 'ent-zhixin', name: '示范市智芯微电子科技有限公司', parentId: 'park-east-hightech', ownership: 'non_public', aboveScale: true,
    industry: '计算机、通信和其他电子设备制造业', headcount: 470, teams: ['封装测试班', '表面贴装班'],
    trades: ['半导体芯片制造工', '电子设备装接工', '电子产品检验员'],
  },
  {
    id: 'ent-yunfan', name: '示范市云帆软件股份有限公司', parentId: 'park-east-hightech', ownership: 'non_public', aboveScale: true,
    industry: '软件和信息技术服务业', headcount: 260, teams: ['运维保障班', '软件测试班'],
    trades: ['计算机程序设计员', '计算机网络管理员', '计算机软件测试员'],
  },
  {
    id: 'ent-kangrui', name: '示范市康瑞生物制药有限公司', parentId: 'park-east-hightech', ownership: 'non_public', aboveScale: true,
    industry: '医药制造业', headcount: 430, teams: ['合成车间甲班', '制剂车间压片班'], trades: ['化学合成制药工', '药物制剂工', '化学检验员'],
  },
  {
    id: 'ent-xincai', name: '示范市新材科技有限公司', parentId: 'park-east-hightech', ownership: 'non_public', aboveScale: false,
    industry: '化学原料和化学制品制造业', headcount: 95, teams: ['生产运行班'], trades: ['化工总控工', '化学检验员'],
  },
  {
    id: 'ent-hightech-construction', name: '示范市高新区建设发展集团有限公司', parentId: 'park-east-hightech', ownership: 'public',
    aboveScale: true, industry: '土木工程建筑业', headcount: 180, teams: ['钢筋班', '测量班'], trades: ['钢筋工', '混凝土工', '架子工', '工程测量员'],
  },
  // 青山镇 (西山县)
  {
    id: 'ent-qingshan-cement', name: '西山县青山水泥有限公司', parentId: 'town-qingshan', ownership: 'public', aboveScale: true,
    industry: '非金属矿物制品业', headcount: 340, teams: ['窑炉运行班', '机修班'], trades: ['水泥生产工', '机修钳工', '电工', '化学检验员'],
  },
  {
    id: 'ent-lvyuan-food', name: '西山县绿源食品有限公司', parentId: 'town-qingshan', ownership: 'non_public', aboveScale: true,
    industry: '农副食品加工业', headcount: 280, teams: ['加工班', '包装班'], trades: ['农产品食品检验员', '肉制品加工工', '包装工'],
  },
  {
    id: 'ent-qingshan-stone', name: '西山县青山石材有限公司', parentId: 'town-qingshan', ownership: 'non_public', aboveScale: false,
    industry: '非金属矿物制品业', headcount: 36, teams: ['切割班'], trades: ['石材加工工', '叉车司机'],
  },
  {
    id: 'ent-xishan-water', name: '西山县水务集团有限公司', parentId: 'town-qingshan', ownership: 'public', aboveScale: true,
    industry: '水的生产和供应业', headcount: 156, teams: ['制水班', '管网抢修班'], trades: ['水生产处理工', '供水管道工', '水质检验员'],
  },
  // 西山经济开发区
  {
    id: 'ent-xishan-textile', name: '示范市西山纺织有限公司', parentId: 'park-west-econ', ownership: 'non_public', aboveScale: true,
    industry: '纺织业', headcount: 610, teams: ['细纱班', '织造班'], trades: ['纺纱工', '织布工', '纺织设备维修工'],
  },
  {
    id: 'ent-xishan-chem-equip', name: '示范市西山化工装备有限公司', parentId: 'park-west-econ', ownership: 'non_public', aboveScale: true,
    industry: '专用设备制造业', headcount: 350, teams: ['焊接班', '无损检测班'], trades: ['焊工', '铆工', '无损检测员', '起重工'],
  },
  {
    id: 'ent-jiahe-packaging', name: '示范市嘉禾包装材料有限公司', parentId: 'park-west-econ', ownership: 'non_public', aboveScale: false,
    industry: '橡胶和塑料制品业', headcount: 88, teams: ['吹膜班'], trades: ['塑料制品成型制作工', '印刷操作员'],
  },
  // 示范市机械冶金工会 (directly under the city)
  {
    id: 'ent-demo-steel', name: '示范钢铁集团有限公司', parentId: 'industry-metal', ownership: 'public', aboveScale: true,
    industry: '黑色金属冶炼和压延加工业', headcount: 2860, teams: ['转炉炼钢甲班', '热轧乙班'], trades: ['炼钢工', '轧钢工', '起重工', '电工'],
  },
  {
    id: 'ent-heavy-machinery', name: '示范市重型机械有限公司', parentId: 'industry-metal', ownership: 'public', aboveScale: true,
    industry: '通用设备制造业', headcount: 1240, teams: ['大件加工班', '总装班'], trades: ['车工', '铣工', '焊工', '装配钳工'],
  },
  {
    id: 'ent-jinggong-casting', name: '示范市精工铸造有限公司', parentId: 'industry-metal', ownership: 'non_public', aboveScale: false,
    industry: '金属制品业', headcount: 120, teams: ['熔炼浇注班'], trades: ['铸造工', '机修钳工'],
  },
];

/** team-hengtong-1, team-hengtong-2, … : the teams of every enterprise, in enterprise order. */
const teams = enterprises.flatMap((enterprise) =>
  enterprise.teams.map((name, i) => ({
    id: `${enterprise.id.replace(/^ent-/, 'team-')}-${i + 1}`,
    name,
    kind: 'team',
    parentId: enterprise.id,
    trades: enterprise.trades,
  })),
);

/** One user per role, at the level the role works at; every one logs in with DEMO_PASSWORD. */
const demoUsers = [
  { username: 'county.cadre', displayName: '王海燕', orgUnitId: 'county-east', roles: ['county_union_cadre'], gender: 'female' },
  { username: 'county.office', displayName: '赵志刚', orgUnitId: 'county-east', roles: ['county_committee_office'], gender: 'male' },
  { username: 'town.cadre', displayName: '孙丽华', orgUnitId: 'town-xinghua', roles: ['township_union_cadre'], gender: 'female' },
  { username: 'industry.cadre', displayName: '周振华', orgUnitId: 'industry-metal', roles: ['industry_union_cadre'], gender: 'male' },
  { username: 'ent.cadre', displayName: '刘晓梅', orgUnitId: 'ent-hengtong', roles: ['enterprise_union_cadre'], gender: 'female' },
  { username: 'ent.manager', displayName: '陈国栋', orgUnitId: 'ent-hengtong', roles: ['enterprise_management'], gender: 'male' },
  {
    username: 'team.leader', displayName: '张卫东', orgUnitId: 'team-hengtong-1', roles: ['team_leader'], gender: 'male',
    trade: '数控车工', skillGrade: '技师',
  },
  {
    username: 'demo.worker', displayName: '杨帆', orgUnitId: 'team-hengtong-1', roles: ['worker'], gender: 'male',
    trade: '数控车工', skillGrade: '中级工',
  },
  { username: 'city.inspector', displayName: '郑立新', orgUnitId: 'demo-city', roles: ['safety_inspector'], gender: 'male' },
  { username: 'county.judge', displayName: '何文静', orgUnitId: 'county-east', roles: ['judge'], gender: 'female' },
  { username: 'city.finance', displayName: '马秀英', orgUnitId: 'demo-city', roles: ['finance'], gender: 'female' },
  { username: 'city.auditor', displayName: '胡明', orgUnitId: 'demo-city', roles: ['auditor'], gender: 'male' },
];

const competitions = [
  // Filed (the city files outside the platform), open, and entered by most above-scale enterprises:
  // the coverage figures show which units lag behind the 80% target.
  {
    name: '2026年“当好主人翁、建功新时代”全市职工劳动和技能竞赛',
    organiserOrgUnitId: 'demo-city',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    kind: 'labour_competition',
    theme: '当好主人翁、建功新时代',
    participantScope: { unitKinds: ['enterprise_union'] },
    demo: { open: true, enrolAboveScaleExcept: ['ent-lvyuan-food', 'ent-xishan-textile', 'ent-xishan-chem-equip'] },
  },
  {
    name: '2026年“安康杯”竞赛暨职工有奖报告事故隐患活动',
    organiserOrgUnitId: 'demo-city',
    startDate: '2026-04-01',
    endDate: '2026-11-30',
    kind: 'ankang_cup',
    demo: { open: true },
  },
  // Filed with the city union and waiting in city.cadre's approval inbox.
  {
    name: '“聚焦效益品质，聚力创新创业”主题劳动竞赛',
    organiserOrgUnitId: 'county-east',
    startDate: '2026-05-01',
    endDate: '2026-12-15',
    kind: 'labour_competition',
    theme: '聚焦效益品质，聚力创新创业',
    demo: { file: true, fileAs: 'county.cadre' },
  },
  // Seed 004: the county's 工人先锋号 creation drive, filed and approved by the city union and open; a team
  // of 恒通精密机械 has applied (attachment 1) and waits for its enterprise union's opinion, the form's
  // first box, in ent.cadre's approval inbox.
  {
    name: '2026年东城区创建“工人先锋号”示范培育活动',
    organiserOrgUnitId: 'county-east',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    kind: 'team_creation',
    theme: '创建工人先锋号 争当岗位排头兵',
    demo: { file: true, fileAs: 'county.cadre', approveFilingAs: 'city.cadre', open: true, pioneerApplication: 'team.leader' },
  },
];

/** Attachment 1 of seed 004 as 恒通精密机械's first team fills it in. */
const pioneerApplication = {
  teamUnitId: 'team-hengtong-1',
  unitFoundedMonth: '2003-05',
  headcount: 24,
  postLeaderName: '张卫东',
  teamFoundedMonth: '2012-03',
  composition: {
    total: 24, men: 19, women: 5, partyMembers: 7, leagueMembers: 6,
    averageAge: 34.5, averageTechnicalGrade: 4.5, collegeOrAbove: 11, highSchool: 10, juniorHigh: 3,
  },
  leader: {
    name: '张卫东', gender: 'male', birthMonth: '1984-07', education: '大专', politicalStatus: '中共党员',
    trade: '数控车工', appointedMonth: '2016-01', mobile: '13905310001',
  },
  unitAddress: '示范市东城区兴华街道工业路18号',
  postcode: '250100',
  pastAwards: '2024年获示范市“安康杯”竞赛优胜班组',
};

/** The 行政区划代码 a unit gets: its own, or the nearest one above it. */
function regionCodeOf(unitId) {
  if (unitId === root.id) return root.regionCode;
  const unit = unions.find((u) => u.id === unitId) ?? enterprises.find((e) => e.id === unitId);
  if (!unit) throw new Error(`demo city: no unit ${unitId}`);
  return unit.regionCode ?? regionCodeOf(unit.parentId);
}

/** 安康杯 hazard reporting: a Linyi-style reward measure of the city union, its budget, and three reports. */
const hazardYear = new Date(Date.now() + 8 * 3600 * 1000).getUTCFullYear();
const hazards = {
  demo: {
    year: hazardYear,
    budgetYuan: 200000,
    scheme: {
      name: '示范市总工会职工排查安全生产事故隐患奖励办法(试行)',
      validFrom: `${hazardYear}-01-01`,
      approvalThresholdYuan: 1000,
      amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 300, major: 3000 } },
    },
    reports: [
      {
        fields: { enterpriseUnitId: 'ent-hengtong', location: '数控车间3号机床', category: 'accident', description: '机床防护门联锁失效，开门仍可运转' },
        grade: 'general',
        plan: {
          updater: 'team.leader',
          days: 14,
          fields: {
            measures: '更换联锁开关，班前点检',
            responsibleUnit: '数控车间',
            responsiblePerson: '陈主任',
            responsiblePhone: '13800000017',
            interimMeasures: '停用3号机床，挂牌警示',
          },
        },
      },
      {
        fields: { enterpriseUnitId: 'ent-hengtong', location: '喷涂线', category: 'occupational', description: '喷涂房排风机停转，漆雾浓度高' },
        grade: 'major',
      },
      {
        fields: { enterpriseUnitId: 'ent-hengtong', location: '原料仓库', category: 'accident', description: '消防通道被货物堵塞', anonymous: true },
      },
    ],
  },
};

/** The city's labour competition is assessed on attachment 3; 恒通 has self-assessed (92 points by its own count). */
const assessment = {
  demo: {
    competitionName: competitions.find((c) => c.demo?.enrolAboveScaleExcept).name,
    templateCode: 'pioneer-team-assessment-2018',
    enrolledUnits: enterprises.filter((e) => e.aboveScale).length - competitions.find((c) => c.demo?.enrolAboveScaleExcept).demo.enrolAboveScaleExcept.length,
    selfAssessed: {
      unitId: 'ent-hengtong',
      inputs: {
        documents: { provided: 4 },
        activities: { provided: 4 },
        effectiveness: { values: { awareness: 100, participation: 98, satisfaction: 96 } },
        summary: { provided: 2 },
        'wall-leading-group': { present: true },
        'wall-post-name': { present: true },
        'wall-post-members': { present: true },
        'wall-slogan': { present: true },
        'wall-pledge-and-goals': { present: true },
        'wall-supervision-phone': { present: false },
      },
    },
  },
};

/** The city union's honours this year: quotas, its competition fund (seed 003), and what its competition recommends for. */
const honours = {
  demo: { year: hazardYear, quotas: { 'pioneer-team': 15, 'may-day-award': 10 }, fundYuan: 500000, competitionHonour: 'may-day-award' },
};

module.exports = { DEMO_PASSWORD, root, unions, enterprises, teams, demoUsers, competitions, pioneerApplication, hazards, assessment, honours, regionCodeOf };
