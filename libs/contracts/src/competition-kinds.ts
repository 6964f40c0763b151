/**
 * The kinds of competition the seeds name (seed 003 item 8), with the labels people read: shared by the
 * registration service, which keeps competitions, and the console, which shows them.
 */
export const competitionKinds = {
  labour_competition: '劳动竞赛',
  skills_contest: '技能比武 / 岗位练兵',
  five_small_innovation: '五小创新(小革新 小发明 小改造 小设计 小建议)',
  innovation_studio: '劳模和工匠人才创新工作室创建',
  ankang_cup: '安康杯竞赛',
  energy_saving: '三比一降 / 节能减排',
  team_creation: '工人先锋号 / 五型班组创建',
  service_quality: '优质服务竞赛',
  key_project: '重点项目劳动竞赛(六比一创)',
  mentoring: '名师带徒',
  workers_technical_games: '职工技术运动会',
} as const;
