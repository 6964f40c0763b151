import { validateCreditCode } from '@lc/org';
import { optionalColumn, requiredColumn } from './column-spec';
import {
  choiceRule,
  type FieldRule,
  idRule,
  invalid,
  notScientific,
  patternRule,
  textRule,
  valid,
  wholeNumberRule,
} from './field-rules';
import type { ImportProblem } from './import-problems';
import { checkRows, FirstRows } from './row-check';
import type { ImportTable } from './table-reader';

export interface EnterpriseImportRow {
  rowNumber: number;
  id: string;
  name: string;
  creditCode: string;
  parentId: string;
  regionCode: string | null;
  ownership: 'public' | 'non_public';
  aboveScale: boolean;
  industry: string | null;
  headcount: number;
}

export const enterpriseColumns = {
  id: optionalColumn('单位编号', 'id'),
  name: requiredColumn('企业名称', '单位名称', 'name'),
  creditCode: requiredColumn('统一社会信用代码', 'creditCode'),
  parentId: requiredColumn('上级工会编号', '上级单位编号', 'parentId'),
  regionCode: optionalColumn('行政区划代码', 'regionCode'),
  ownership: requiredColumn('所有制', '经济类型', 'ownership'),
  aboveScale: requiredColumn('规模以上', '是否规模以上', 'aboveScale'),
  industry: optionalColumn('行业', '所属行业', 'industry'),
  headcount: requiredColumn('职工人数', 'headcount'),
};

const creditCodeRule: FieldRule<string> = notScientific((text) => {
  const check = validateCreditCode(text.toUpperCase());
  return check.ok ? valid(check.code) : invalid(`统一社会信用代码有误 / the credit code ${check.reason}`);
});

const ownershipRule = choiceRule<EnterpriseImportRow['ownership']>(
  {
    公有制: 'public',
    公有: 'public',
    public: 'public',
    非公有制: 'non_public',
    非公: 'non_public',
    non_public: 'non_public',
    'non-public': 'non_public',
  },
  '应为 公有制 或 非公有制 / must be public or non_public',
);

const yesNoRule = choiceRule<boolean>(
  { 是: true, yes: true, y: true, true: true, '1': true, 否: false, no: false, n: false, false: false, '0': false },
  '应为 是 或 否 / must be yes or no',
);

/**
 * Enterprises from a sheet, checked on their own and against the other rows of the file (a credit code or
 * id twice). Whether parents exist and ids are free is for the caller to check against the database.
 */
export function validateEnterpriseRows(table: ImportTable): { rows: EnterpriseImportRow[]; problems: ImportProblem[] } {
  const creditCodes = new FirstRows();
  const ids = new FirstRows();
  return checkRows(table, enterpriseColumns, (fields) => {
    const givenId = fields.optional('id', idRule);
    const creditCode = fields.required('creditCode', creditCodeRule);
    const sameCreditCode = creditCode === undefined ? undefined : creditCodes.earlier(creditCode, fields.rowNumber);
    if (sameCreditCode !== undefined) {
      fields.report('creditCode', `统一社会信用代码与第 ${sameCreditCode} 行重复 / same credit code as row ${sameCreditCode}`);
    }

    // Without an id column the id follows from the credit code, so re-importing a sheet gives the same ids.
    const generatedId = creditCode === undefined ? undefined : `ent-${creditCode.toLowerCase()}`;
    const id = givenId === null ? generatedId : givenId;
    const sameId = id === undefined ? undefined : ids.earlier(id, fields.rowNumber);
    // An id generated from a credit code already reported as a duplicate adds nothing new.
    if (sameId !== undefined && !(givenId === null && sameId === sameCreditCode)) {
      fields.report(
        'id',
        givenId === null
          ? `自动生成的单位编号 ${id} 与第 ${sameId} 行重复 / the generated id ${id} is the same as row ${sameId}'s`
          : `单位编号与第 ${sameId} 行重复 / same id as row ${sameId}`,
      );
    }

    return fields.finish({
      rowNumber: fields.rowNumber,
      id,
      name: fields.required('name', textRule(100)),
      creditCode,
      parentId: fields.required('parentId', idRule),
      regionCode: fields.optional('regionCode', patternRule(/^\d{6}$/, '应为 6 位数字 / must be 6 digits')),
      ownership: fields.required('ownership', ownershipRule),
      aboveScale: fields.required('aboveScale', yesNoRule),
      industry: fields.optional('industry', textRule(50)),
      headcount: fields.required('headcount', wholeNumberRule(0, 1_000_000)),
    });
  });
}
