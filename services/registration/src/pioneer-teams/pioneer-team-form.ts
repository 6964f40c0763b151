import { pioneerTeamFormProblems } from '@lc/contracts';
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

/** Every inconsistency, each naming its fields; empty when the form adds up (the rules are shared with the console). */
export function compositionProblems(form: PioneerTeamForm): string[] {
  return pioneerTeamFormProblems(form).map((p) => p.en);
}
