import { optionalColumn, requiredColumn } from './column-spec';
import { choiceRule, idRule, notScientific, patternRule, textRule } from './field-rules';
import type { ImportProblem } from './import-problems';
import { checkRows, FirstRows } from './row-check';
import type { ImportTable } from './table-reader';

export interface WorkerImportRow {
  rowNumber: number;
  name: string;
  mobile: string;
  unitId: string;
  gender: 'male' | 'female' | null;
  trade: string | null;
  skillGrade: string | null;
}

export const workerColumns = {
  name: requiredColumn('姓名', 'name'),
  mobile: requiredColumn('手机号', '手机号码', 'mobile'),
  unitId: requiredColumn('所在班组编号', '所在单位编号', 'unitId'),
  gender: optionalColumn('性别', 'gender'),
  trade: optionalColumn('工种', 'trade'),
  skillGrade: optionalColumn('技术等级', '技能等级', 'skillGrade'),
};

const mobileRule = notScientific(
  patternRule(/^1[3-9]\d{9}$/, '应为 11 位手机号，以 13–19 开头 / must be an 11-digit China mobile number starting 13 to 19'),
);

const genderRule = choiceRule<'male' | 'female'>(
  { 男: 'male', male: 'male', m: 'male', 女: 'female', female: 'female', f: 'female' },
  '应为 男 或 女 / must be male or female',
);

/** The national vocational skill levels, stored in Chinese as they appear on certificates; 无 means none. */
const skillGradeRule = choiceRule<string | null>(
  {
    初级工: '初级工',
    中级工: '中级工',
    高级工: '高级工',
    技师: '技师',
    高级技师: '高级技师',
    无: null,
    none: null,
  },
  '应为 初级工、中级工、高级工、技师、高级技师 或 无 / must be one of 初级工, 中级工, 高级工, 技师, 高级技师 or none',
);

/**
 * Workers from a sheet, checked on their own and against the other rows of the file (a mobile number twice:
 * it identifies the person when they sign in). Whether the unit exists and is a team or an enterprise union
 * is for the caller to check against the database.
 */
export function validateWorkerRows(table: ImportTable): { rows: WorkerImportRow[]; problems: ImportProblem[] } {
  const mobiles = new FirstRows();
  return checkRows(table, workerColumns, (fields) => {
    const mobile = fields.required('mobile', mobileRule);
    const sameMobile = mobile === undefined ? undefined : mobiles.earlier(mobile, fields.rowNumber);
    if (sameMobile !== undefined) {
      fields.report('mobile', `手机号与第 ${sameMobile} 行重复 / same mobile number as row ${sameMobile}`);
    }
    return fields.finish({
      rowNumber: fields.rowNumber,
      name: fields.required('name', textRule(50)),
      mobile,
      unitId: fields.required('unitId', idRule),
      gender: fields.optional('gender', genderRule),
      trade: fields.optional('trade', textRule(50)),
      skillGrade: fields.optional('skillGrade', skillGradeRule),
    });
  });
}
