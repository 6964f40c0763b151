import { monthInChina } from '../../forms/form-fields';
import { PersonParticulars } from '../../forms/person-particulars';

/**
 * 职工节能减排义务监督员登记表 (seed 004 attachment 4), field for field. The enterprise's name (企业名称)
 * is the unit's, and the filling date (填写日期) the day it is registered.
 */
export interface SupervisorForm extends PersonParticulars {
  /** 单位地址 */
  unitAddress: string;
  /** 邮编 */
  postcode: string;
  /** 何时何地受过何种奖励、称号 */
  pastAwards?: string;
}

/** The lowest working age (劳动法 第十五条): nobody takes up a post younger. */
export const MINIMUM_WORKING_AGE = 16;

/** Every inconsistency between the fields, each naming them; empty when the form holds together. */
export function supervisorFormProblems(form: SupervisorForm, now: Date = new Date()): string[] {
  const problems: string[] = [];
  const thisMonth = monthInChina(now);
  if (form.birthMonth > thisMonth) problems.push(`birthMonth (${form.birthMonth}) cannot be in the future`);
  if (form.appointedMonth > thisMonth) problems.push(`appointedMonth (${form.appointedMonth}) cannot be in the future`);
  const [year, month] = form.birthMonth.split('-');
  const ofAge = `${String(Number(year) + MINIMUM_WORKING_AGE).padStart(4, '0')}-${month}`;
  if (form.appointedMonth < ofAge) {
    problems.push(`appointedMonth (${form.appointedMonth}) cannot be before the person turned ${MINIMUM_WORKING_AGE} (birthMonth ${form.birthMonth})`);
  }
  return problems;
}
