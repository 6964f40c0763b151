import type { PersonParticulars } from '../forms/person-particulars';

/**
 * The 工人先锋号 creation application (seed 004 attachment 1), field for field. The team's composition
 * must add up: a form whose parts do not make its whole is refused with every mismatch named.
 */
export interface TeamComposition {
  /** 共 … 人 */
  total: number;
  men: number;
  women: number;
  partyMembers: number;
  leagueMembers: number;
  averageAge: number;
  /** 平均技术等级 … 级 */
  averageTechnicalGrade: number;
  collegeOrAbove: number;
  highSchool: number;
  juniorHigh: number;
}

/** 班组负责人情况: the particulars every form asks of a person. */
export type TeamLeader = PersonParticulars;

export interface PioneerTeamForm {
  /** 单位何时组建, YYYY-MM */
  unitFoundedMonth: string;
  /** 班组人数 */
  headcount: number;
  /** 岗长姓名 */
  postLeaderName: string;
  /** 班组何时组建, YYYY-MM */
  teamFoundedMonth: string;
  composition: TeamComposition;
  leader: TeamLeader;
  unitAddress: string;
  postcode: string;
  /** 何时何地受过何种奖励、称号 */
  pastAwards?: string;
}

/** Every inconsistency, each naming its fields; empty when the form adds up. */
export function compositionProblems(form: PioneerTeamForm): string[] {
  const c = form.composition;
  const problems: string[] = [];
  if (c.total !== form.headcount) {
    problems.push(`composition.total (${c.total}) must equal headcount (${form.headcount})`);
  }
  if (c.men + c.women !== c.total) {
    problems.push(`composition.men (${c.men}) + composition.women (${c.women}) must equal composition.total (${c.total})`);
  }
  if (c.partyMembers > c.total) problems.push(`composition.partyMembers (${c.partyMembers}) cannot exceed composition.total (${c.total})`);
  if (c.leagueMembers > c.total) problems.push(`composition.leagueMembers (${c.leagueMembers}) cannot exceed composition.total (${c.total})`);
  if (c.partyMembers + c.leagueMembers > c.total) {
    // A person is a party member or a league member, not both.
    problems.push(`composition.partyMembers + composition.leagueMembers (${c.partyMembers + c.leagueMembers}) cannot exceed composition.total (${c.total})`);
  }
  const educated = c.collegeOrAbove + c.highSchool + c.juniorHigh;
  if (educated > c.total) {
    problems.push(`composition.collegeOrAbove + highSchool + juniorHigh (${educated}) cannot exceed composition.total (${c.total})`);
  }
  if (form.teamFoundedMonth < form.unitFoundedMonth) {
    problems.push(`teamFoundedMonth (${form.teamFoundedMonth}) cannot be before unitFoundedMonth (${form.unitFoundedMonth})`);
  }
  if (form.leader.appointedMonth < form.leader.birthMonth) {
    problems.push(`leader.appointedMonth (${form.leader.appointedMonth}) cannot be before leader.birthMonth (${form.leader.birthMonth})`);
  }
  return problems;
}
