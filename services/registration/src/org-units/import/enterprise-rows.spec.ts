import { completeOrganisationCode, makeCreditCode } from '@lc/org';
import { type EnterpriseImportRow, validateEnterpriseRows } from './enterprise-rows';
import { creditCodes, csvFile, xlsxFile } from '../../../test/fixtures/import.fixture';
import { readTable } from './table-reader';

const chineseHeader = '单位编号,企业名称,统一社会信用代码,上级工会编号,行政区划代码,所有制,规模以上,行业,职工人数';

async function validateCsv(...lines: string[]) {
  return validateEnterpriseRows(await readTable(csvFile(...lines)));
}

function enterprise(row: Partial<EnterpriseImportRow> & Pick<EnterpriseImportRow, 'rowNumber'>): EnterpriseImportRow {
  return {
    id: `ent-${(row.creditCode ?? creditCodes.sample).toLowerCase()}`,
    name: '甲公司',
    creditCode: creditCodes.sample,
    parentId: 'fed-1',
    regionCode: null,
    ownership: 'public',
    aboveScale: true,
    industry: null,
    headcount: 1,
    ...row,
  };
}

const idMessage = '应为 1–64 位字母、数字、_ 或 - / must be 1 to 64 letters, digits, _ or -';
const headcountMessage = '应为整数 0–1000000 / must be a whole number from 0 to 1,000,000';
const required = '必填 / required';

describe('validateEnterpriseRows', () => {
  it('reads a CSV with Chinese headers, generating ids from credit codes when none is given', async () => {
    const result = await validateCsv(
      chineseHeader,
      ',甲公司,91350100m000100y43,fed-xm,350100,公有制,是,制造业,120',
      `u-2,乙公司,${creditCodes.huawei},fed-sz,,非公,N,,0`,
      '',
      `u_3,丙公司,${creditCodes.xiaomi},fed-bj,110108,non-public,1,,1000000`,
    );

    expect(result).toEqual({
      rows: [
        {
          rowNumber: 2,
          id: 'ent-91350100m000100y43',
          name: '甲公司',
          creditCode: '91350100M000100Y43',
          parentId: 'fed-xm',
          regionCode: '350100',
          ownership: 'public',
          aboveScale: true,
          industry: '制造业',
          headcount: 120,
        },
        {
          rowNumber: 3,
          id: 'u-2',
          name: '乙公司',
          creditCode: creditCodes.huawei,
          parentId: 'fed-sz',
          regionCode: null,
          ownership: 'non_public',
          aboveScale: false,
          industry: null,
          headcount: 0,
        },
        {
          rowNumber: 5,
          id: 'u_3',
          name: '丙公司',
          creditCode: creditCodes.xiaomi,
          parentId: 'fed-bj',
          regionCode: '110108',
          ownership: 'non_public',
          aboveScale: true,
          industry: null,
          headcount: 1000000,
        },
      ],
      problems: [],
    });
  });

  it('reads an XLSX with English headers and numbers and booleans typed as such, optional columns left out', async () => {
    const file = await xlsxFile([
      ['name', 'CreditCode', 'parentId', 'ownership', 'aboveScale', 'headcount', 'regionCode'],
      ['Red Star Ltd', creditCodes.huawei, 'fed-1', 'Public', true, 35, 440300],
      ['Blue Sky Ltd', creditCodes.xiaomi, 'fed-1', 'NON_PUBLIC', 'no', 0, null],
    ]);

    expect(validateEnterpriseRows(await readTable(file))).toEqual({
      rows: [
        enterprise({ rowNumber: 2, name: 'Red Star Ltd', creditCode: creditCodes.huawei, regionCode: '440300', headcount: 35 }),
        enterprise({
          rowNumber: 3,
          name: 'Blue Sky Ltd',
          creditCode: creditCodes.xiaomi,
          ownership: 'non_public',
          aboveScale: false,
          headcount: 0,
        }),
      ],
      problems: [],
    });
  });

  it('reports every bad field of a row, left to right, under the header as written', async () => {
    const result = await validateCsv(
      chineseHeader,
      `bad id!,${'名'.repeat(101)},91350100M000100Y44,上级,35010,国有,maybe,${'业'.repeat(51)},12.5`,
      'x,,,,,,,,',
      `,${'名'.repeat(100)},${creditCodes.sample},fed-1,,公有制,是,${'业'.repeat(50)},1`,
    );

    expect(result).toEqual({
      rows: [enterprise({ rowNumber: 4, name: '名'.repeat(100), industry: '业'.repeat(50) })],
      problems: [
        { row: 2, field: '单位编号', message: idMessage },
        { row: 2, field: '企业名称', message: '不能超过 100 个字 / must be at most 100 characters' },
        {
          row: 2,
          field: '统一社会信用代码',
          message:
            '统一社会信用代码有误 / the credit code check character should be 3, not 4; one of the characters is probably mistyped',
        },
        { row: 2, field: '上级工会编号', message: idMessage },
        { row: 2, field: '行政区划代码', message: '应为 6 位数字 / must be 6 digits' },
        { row: 2, field: '所有制', message: '应为 公有制 或 非公有制 / must be public or non_public' },
        { row: 2, field: '规模以上', message: '应为 是 或 否 / must be yes or no' },
        { row: 2, field: '行业', message: '不能超过 50 个字 / must be at most 50 characters' },
        { row: 2, field: '职工人数', message: headcountMessage },
        { row: 3, field: '企业名称', message: required },
        { row: 3, field: '统一社会信用代码', message: required },
        { row: 3, field: '上级工会编号', message: required },
        { row: 3, field: '所有制', message: required },
        { row: 3, field: '规模以上', message: required },
        { row: 3, field: '职工人数', message: required },
      ],
    });
  });

  it.each(['-3', 'abc', '12.5', '1000001', '"1,000"'])('refuses headcount %s', async (headcount) => {
    const result = await validateCsv(chineseHeader, `,甲公司,${creditCodes.sample},fed-1,,公有制,是,,${headcount}`);

    expect(result).toEqual({ rows: [], problems: [{ row: 2, field: '职工人数', message: headcountMessage }] });
  });

  it.each([
    ['9135', 'must be 18 characters, got 4'],
    [
      '91350100M000100YI3',
      'contains I at position 17 which is not allowed (only digits and capital letters except I, O, Z, S and V)',
    ],
  ])('explains why credit code %s is wrong', async (code, reason) => {
    const result = await validateCsv(chineseHeader, `,甲公司,${code},fed-1,,公有制,是,,1`);

    expect(result.problems).toEqual([
      { row: 2, field: '统一社会信用代码', message: `统一社会信用代码有误 / the credit code ${reason}` },
    ]);
  });

  it('says so when Excel turned a credit code into scientific notation', async () => {
    const result = await validateCsv(chineseHeader, ',甲公司,1.12302E+17,fed-1,,公有制,是,,1');

    expect(result.problems).toEqual([
      {
        row: 2,
        field: '统一社会信用代码',
        message:
          '已被 Excel 变成科学计数法，请把该列设为“文本”格式后重新输入 / ' +
          'Excel turned this into scientific notation; format the column as text and type it again',
      },
    ]);
  });

  it('refuses a credit code or id that an earlier row already has, naming that row', async () => {
    const other = makeCreditCode(`91310000${completeOrganisationCode('12345678')}`);
    const result = await validateCsv(
      chineseHeader,
      `,甲,${creditCodes.sample},fed-1,,公有制,是,,1`,
      `,乙,${creditCodes.sample.toLowerCase()},fed-1,,公有制,是,,1`,
      '',
      `u-1,丙,${creditCodes.huawei},fed-1,,公有制,是,,1`,
      `u-1,丁,${creditCodes.xiaomi},fed-1,,公有制,是,,1`,
      `ent-${creditCodes.digitsOnly},戊,${other},fed-1,,公有制,是,,1`,
      `,己,${creditCodes.digitsOnly},fed-1,,公有制,是,,1`,
      `,庚,${creditCodes.sample},fed-1,,公有制,是,,1`,
    );

    expect(result.rows.map((row) => [row.rowNumber, row.id])).toEqual([
      [2, `ent-${creditCodes.sample.toLowerCase()}`],
      [5, 'u-1'],
      [7, `ent-${creditCodes.digitsOnly}`],
    ]);
    expect(result.problems).toEqual([
      { row: 3, field: '统一社会信用代码', message: '统一社会信用代码与第 2 行重复 / same credit code as row 2' },
      { row: 6, field: '单位编号', message: '单位编号与第 5 行重复 / same id as row 5' },
      {
        row: 8,
        field: '单位编号',
        message: `自动生成的单位编号 ent-${creditCodes.digitsOnly} 与第 7 行重复 / the generated id ent-${creditCodes.digitsOnly} is the same as row 7's`,
      },
      { row: 9, field: '统一社会信用代码', message: '统一社会信用代码与第 2 行重复 / same credit code as row 2' },
    ]);
  });

  it('accepts a given id shaped like a generated one, and does not report a generated id twice for one clash', async () => {
    const result = validateEnterpriseRows(
      await readTable(
        csvFile(
          'id,name,creditCode,parentId,ownership,aboveScale,headcount',
          `ent-${creditCodes.digitsOnly},甲,${creditCodes.sample},fed-1,public,yes,1`,
        ),
      ),
    );
    expect(result.problems).toEqual([]);

    const withoutIdColumn = await validateCsv(
      '企业名称,统一社会信用代码,上级工会编号,所有制,规模以上,职工人数',
      `甲,${creditCodes.digitsOnly},fed-1,公有制,是,1`,
      `乙,${creditCodes.digitsOnly},fed-1,公有制,是,1`,
    );
    expect(withoutIdColumn.problems).toEqual([
      { row: 3, field: '统一社会信用代码', message: '统一社会信用代码与第 2 行重复 / same credit code as row 2' },
    ]);
  });

  it('reports missing and unknown columns once, still checks the other cells, and returns no rows', async () => {
    const file = await xlsxFile([
      ['企业名称', '统一社会信用代码', '上级工会编号', '所有制', '规模以上', '备注'],
      ['甲', Number(creditCodes.digitsOnly), 'fed-1', '公有制', '是', ''],
      ['乙', creditCodes.huawei, 'fed-1', '国有', '是', 'x'],
      ['丙', creditCodes.xiaomi, 'fed-1', '公有制', '是', ''],
    ]);

    expect(validateEnterpriseRows(await readTable(file))).toEqual({
      rows: [],
      problems: [
        {
          row: null,
          field: '备注',
          message:
            '无法识别的列，请改名或删除 / unknown column, rename or remove it (可用列 / known columns: ' +
            '单位编号、企业名称、统一社会信用代码、上级工会编号、行政区划代码、所有制、规模以上、行业、职工人数)',
        },
        { row: null, field: '职工人数', message: '缺少必填列 / required column missing: 职工人数 (headcount)' },
        {
          row: 2,
          field: '统一社会信用代码',
          message:
            '数字 112302070019030690 位数过多，Excel 无法精确保存，请把该列设为“文本”格式后重新输入 / ' +
            'the number 112302070019030690 has too many digits for Excel to keep exactly; format the column as text and type it again',
        },
        { row: 3, field: '所有制', message: '应为 公有制 或 非公有制 / must be public or non_public' },
      ],
    });
  });
});
