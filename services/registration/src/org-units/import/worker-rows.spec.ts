import { csvFile, xlsxFile } from '../../../test/fixtures/import.fixture';
import { readTable } from './table-reader';
import { validateWorkerRows, type WorkerImportRow } from './worker-rows';

const chineseHeader = '姓名,手机号,所在班组编号,性别,工种,技术等级';

async function validateCsv(...lines: string[]) {
  return validateWorkerRows(await readTable(csvFile(...lines)));
}

function worker(row: Partial<WorkerImportRow> & Pick<WorkerImportRow, 'rowNumber' | 'mobile'>): WorkerImportRow {
  return { name: '张三', unitId: 'team-1', gender: null, trade: null, skillGrade: null, ...row };
}

const required = '必填 / required';
const mobileMessage = '应为 11 位手机号，以 13–19 开头 / must be an 11-digit China mobile number starting 13 to 19';

describe('validateWorkerRows', () => {
  it('reads a CSV with Chinese headers', async () => {
    const result = await validateCsv(
      chineseHeader,
      '张三,13800138000,team-1,男,钳工,高级工',
      '李四,15912345678,ent-x,F,,无',
      '',
      'Wang Wei,19900000000,team-2,m,,NONE',
      'Zhao,17012345678,team-2,,,技师',
    );

    expect(result).toEqual({
      rows: [
        worker({ rowNumber: 2, mobile: '13800138000', gender: 'male', trade: '钳工', skillGrade: '高级工' }),
        worker({ rowNumber: 3, name: '李四', mobile: '15912345678', unitId: 'ent-x', gender: 'female' }),
        worker({ rowNumber: 5, name: 'Wang Wei', mobile: '19900000000', unitId: 'team-2', gender: 'male' }),
        worker({ rowNumber: 6, name: 'Zhao', mobile: '17012345678', unitId: 'team-2', skillGrade: '技师' }),
      ],
      problems: [],
    });
  });

  it('reads a GBK CSV from Chinese Excel', async () => {
    const gbk = (hex: string) => Buffer.from(hex.replace(/ /g, ''), 'hex');
    const file = Buffer.concat([
      gbk('D0 D5 C3 FB'), // 姓名
      Buffer.from(','),
      gbk('CA D6 BB FA BA C5 C2 EB'), // 手机号码
      Buffer.from(','),
      gbk('CB F9 D4 DA B0 E0 D7 E9 B1 E0 BA C5'), // 所在班组编号
      Buffer.from(','),
      gbk('D0 D4 B1 F0'), // 性别
      Buffer.from('\r\n'),
      gbk('D5 C5 C8 FD'), // 张三
      Buffer.from(',13800138000,team-1,'),
      gbk('C4 D0'), // 男
      Buffer.from('\r\n'),
    ]);
    expect(new TextDecoder('gb18030').decode(file)).toBe('姓名,手机号码,所在班组编号,性别\r\n张三,13800138000,team-1,男\r\n');

    expect(validateWorkerRows(await readTable(file))).toEqual({
      rows: [worker({ rowNumber: 2, mobile: '13800138000', gender: 'male' })],
      problems: [],
    });
  });

  it('reads an XLSX with English headers and a mobile number typed as a number', async () => {
    const file = await xlsxFile([
      ['Name', 'Mobile', 'UnitId', 'Gender', 'SkillGrade'],
      ['Li Lei', 13800138000, 'team-1', 'Female', '技师'],
    ]);

    expect(validateWorkerRows(await readTable(file))).toEqual({
      rows: [worker({ rowNumber: 2, name: 'Li Lei', mobile: '13800138000', gender: 'female', skillGrade: '技师' })],
      problems: [],
    });
  });

  it('reports every bad field, by row and header', async () => {
    const result = await validateCsv(
      chineseHeader,
      `${'名'.repeat(51)},12345678901,a b,未知,${'工'.repeat(51)},专家`,
      ',,,,,',
      '王五,,,,钳工,',
      `${'名'.repeat(50)},1380013800,team-1,,${'工'.repeat(50)},`,
      '赵六,1.38001E+10,team-1,,,',
      '钱七,138001380001,team-1,,,',
      '孙八,+8613800138000,team-1,,,',
    );

    expect(result).toEqual({
      rows: [],
      problems: [
        { row: 2, field: '姓名', message: '不能超过 50 个字 / must be at most 50 characters' },
        { row: 2, field: '手机号', message: mobileMessage },
        { row: 2, field: '所在班组编号', message: '应为 1–64 位字母、数字、_ 或 - / must be 1 to 64 letters, digits, _ or -' },
        { row: 2, field: '性别', message: '应为 男 或 女 / must be male or female' },
        { row: 2, field: '工种', message: '不能超过 50 个字 / must be at most 50 characters' },
        {
          row: 2,
          field: '技术等级',
          message: '应为 初级工、中级工、高级工、技师、高级技师 或 无 / must be one of 初级工, 中级工, 高级工, 技师, 高级技师 or none',
        },
        { row: 4, field: '手机号', message: required },
        { row: 4, field: '所在班组编号', message: required },
        { row: 5, field: '手机号', message: mobileMessage },
        {
          row: 6,
          field: '手机号',
          message:
            '已被 Excel 变成科学计数法，请把该列设为“文本”格式后重新输入 / ' +
            'Excel turned this into scientific notation; format the column as text and type it again',
        },
        { row: 7, field: '手机号', message: mobileMessage },
        { row: 8, field: '手机号', message: mobileMessage },
      ],
    });
  });

  it('refuses a mobile number an earlier row already has, naming the first row', async () => {
    const result = await validateCsv(
      chineseHeader,
      '张三,13800138000,team-1,,,',
      '',
      '李四,13800138000,team-2,,,',
      '王五,13900139000,team-2,,,',
      '赵六,13800138000,team-3,,,',
    );

    expect(result.rows.map((row) => row.rowNumber)).toEqual([2, 5]);
    expect(result.problems).toEqual([
      { row: 4, field: '手机号', message: '手机号与第 2 行重复 / same mobile number as row 2' },
      { row: 6, field: '手机号', message: '手机号与第 2 行重复 / same mobile number as row 2' },
    ]);
  });

  it('reports a missing required column without repeating it for every row', async () => {
    const result = await validateCsv('姓名,手机号,工种', '张三,13800138000,钳工', '李四,13900139000,');

    expect(result).toEqual({
      rows: [],
      problems: [{ row: null, field: '所在班组编号', message: '缺少必填列 / required column missing: 所在班组编号 (unitId)' }],
    });
  });
});
