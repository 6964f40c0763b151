/**
 * The first opinion box of a submission, signed by the submitter with it (提交时填写本单位意见栏):
 * Chinese first, English with the same keys. Keys start with 'chains.'.
 */
const zh = {
  'chains.box.nomination': '企业工会推荐意见',
  'chains.box.pioneerTeam': '单位工会意见',
  'chains.box.hint': '您是本单位工会干部：报送时即以本人名义签署此栏，审批从下一栏开始。',
  'chains.box.required': '请填写{box}',
  'chains.box.defaultNomination': '同意推荐',
  'chains.box.defaultApplication': '同意申报',
  'chains.submit.title': '报送：{name}',
  'chains.submit.ok': '签署并报送',
  'chains.pioneerTeam.submitted': '已提交，并已签署单位工会意见，进入审批：单位意见',
};

export const chainsZh = zh;
export const chainsEn: Record<keyof typeof zh, string> = {
  'chains.box.nomination': "Enterprise union's recommendation (企业工会推荐意见)",
  'chains.box.pioneerTeam': "Unit union's opinion (单位工会意见)",
  'chains.box.hint': "You are a cadre of this union: submitting signs this box in your name, and the chain continues at the next box.",
  'chains.box.required': 'Write the {box}',
  'chains.box.defaultNomination': 'Recommended',
  'chains.box.defaultApplication': 'Application supported',
  'chains.submit.title': 'Submit: {name}',
  'chains.submit.ok': 'Sign and submit',
  'chains.pioneerTeam.submitted': "Submitted, with the unit union's opinion signed: now with the unit for its opinion",
};
