/**
 * The checks of the 工人先锋号 creation application (seed 004 attachment 1) that reach across fields: the
 * team's composition must add up and its dates must follow one another. Shared by the registration
 * service, which refuses a form that fails them, and the console, which shows them on the form as it is
 * filled in; each problem names its field, in English and in Chinese.
 */
export interface PioneerTeamFormFigures {
  unitFoundedMonth: string;
  headcount: number;
  teamFoundedMonth: string;
  composition: {
    total: number;
    men: number;
    women: number;
    partyMembers: number;
    leagueMembers: number;
    collegeOrAbove: number;
    highSchool: number;
    juniorHigh: number;
  };
  leader: { birthMonth: string; appointedMonth: string };
}

export interface FormProblem {
  field: string;
  en: string;
  zh: string;
}

export function pioneerTeamFormProblems(form: PioneerTeamFormFigures): FormProblem[] {
  const c = form.composition;
  const problems: FormProblem[] = [];
  const add = (field: string, en: string, zh: string) => problems.push({ field, en, zh });
  if (c.total !== form.headcount) {
    add('composition.total', `composition.total (${c.total}) must equal headcount (${form.headcount})`, `人员构成的总人数（${c.total}）应等于班组人数（${form.headcount}）`);
  }
  if (c.men + c.women !== c.total) {
    add('composition.men', `composition.men (${c.men}) + composition.women (${c.women}) must equal composition.total (${c.total})`, `男（${c.men}）女（${c.women}）人数之和应等于总人数（${c.total}）`);
  }
  if (c.partyMembers > c.total) {
    add('composition.partyMembers', `composition.partyMembers (${c.partyMembers}) cannot exceed composition.total (${c.total})`, `党员人数（${c.partyMembers}）不能超过总人数（${c.total}）`);
  }
  if (c.leagueMembers > c.total) {
    add('composition.leagueMembers', `composition.leagueMembers (${c.leagueMembers}) cannot exceed composition.total (${c.total})`, `团员人数（${c.leagueMembers}）不能超过总人数（${c.total}）`);
  }
  if (c.partyMembers + c.leagueMembers > c.total) {
    // A person is a party member or a league member, not both.
    add(
      'composition.leagueMembers',
      `composition.partyMembers + composition.leagueMembers (${c.partyMembers + c.leagueMembers}) cannot exceed composition.total (${c.total})`,
      `党员与团员人数之和（${c.partyMembers + c.leagueMembers}）不能超过总人数（${c.total}）`,
    );
  }
  const educated = c.collegeOrAbove + c.highSchool + c.juniorHigh;
  if (educated > c.total) {
    add(
      'composition.juniorHigh',
      `composition.collegeOrAbove + highSchool + juniorHigh (${educated}) cannot exceed composition.total (${c.total})`,
      `大专（及以上）、高中、初中人数之和（${educated}）不能超过总人数（${c.total}）`,
    );
  }
  if (form.teamFoundedMonth < form.unitFoundedMonth) {
    add('teamFoundedMonth', `teamFoundedMonth (${form.teamFoundedMonth}) cannot be before unitFoundedMonth (${form.unitFoundedMonth})`, '班组组建时间不能早于单位组建时间');
  }
  if (form.leader.appointedMonth < form.leader.birthMonth) {
    add('leader.appointedMonth', `leader.appointedMonth (${form.leader.appointedMonth}) cannot be before leader.birthMonth (${form.leader.birthMonth})`, '任职时间不能早于出生年月');
  }
  return problems;
}
