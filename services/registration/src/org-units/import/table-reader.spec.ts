import { ImportFileError, type ImportProblem } from './import-problems';
import { creditCodes, csvFile, xlsxFile } from '../../../test/fixtures/import.fixture';
import { readTable, type TableRow } from './table-reader';

function row(rowNumber: number, cells: Record<string, string>): TableRow {
  return { rowNumber, cells: new Map(Object.entries(cells)) };
}

/** The problems of the ImportFileError the promise rejects with (fails the test if it resolves). */
async function fileProblems(promise: Promise<unknown>): Promise<ImportProblem[]> {
  const error = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).problems;
}

function fileProblem(message: string): ImportProblem[] {
  return [{ row: null, field: null, message }];
}

describe('ImportFileError', () => {
  it('says how many problems there are and that nothing was imported', () => {
    const problem = { row: 2, field: '姓名', message: '必填 / required' };
    expect(new ImportFileError([problem, problem, problem]).message).toBe('the file has 3 problems; nothing was imported');
    expect(new ImportFileError([problem]).message).toBe('the file has 1 problem; nothing was imported');
  });
});

describe('readTable: XLSX', () => {
  it('reads the first worksheet as trimmed text, whatever type each cell was stored as', async () => {
    const file = await xlsxFile([
      [' 名称 ', 'phone', 'rich', 'date', 'flag', 'sum', 'link'],
      [
        '  甲公司\u3000',
        13800138000,
        { richText: [{ text: '红' }, { text: '星 ' }] },
        new Date(Date.UTC(2024, 0, 31)),
        true,
        { formula: '1+2', result: 3 },
        { text: '官网', hyperlink: 'https://example.com' },
      ],
      null,
      ['乙', 12.5, '', null, false, { formula: 'A1', result: ' x ' }],
    ]);

    expect(await readTable(file)).toEqual({
      headers: ['名称', 'phone', 'rich', 'date', 'flag', 'sum', 'link'],
      rows: [
        row(2, { 名称: '甲公司', phone: '13800138000', rich: '红星', date: '2024-01-31', flag: 'true', sum: '3', link: '官网' }),
        row(4, { 名称: '乙', phone: '12.5', rich: '', date: '', flag: 'false', sum: 'x', link: '' }),
      ],
      problems: [],
    });
  });

  it('reports, by row and column, numbers Excel could not keep exactly and cells without a usable value', async () => {
    const file = await xlsxFile([
      ['code', 'value'],
      [Number(creditCodes.digitsOnly), { error: '#N/A' }],
      ['ok', { formula: 'A2*2' }],
      ['ok', 1e-7],
    ]);

    const table = await readTable(file);
    expect(table.rows).toEqual([row(2, { code: '', value: '' }), row(3, { code: 'ok', value: '' }), row(4, { code: 'ok', value: '' })]);
    expect(table.problems).toEqual([
      {
        row: 2,
        field: 'code',
        message:
          '数字 112302070019030690 位数过多，Excel 无法精确保存，请把该列设为“文本”格式后重新输入 / ' +
          'the number 112302070019030690 has too many digits for Excel to keep exactly; format the column as text and type it again',
      },
      { row: 2, field: 'value', message: '单元格是错误值 #N/A / the cell holds the error #N/A' },
      {
        row: 3,
        field: 'value',
        message:
          '公式没有保存计算结果，请在 Excel 中打开并保存，或粘贴为数值 / ' +
          'the formula has no saved result; open and save the file in Excel, or paste the values',
      },
      {
        row: 4,
        field: 'value',
        message:
          '数字 1e-7 位数过多，Excel 无法精确保存，请把该列设为“文本”格式后重新输入 / ' +
          'the number 1e-7 has too many digits for Excel to keep exactly; format the column as text and type it again',
      },
    ]);
  });

  it('takes the first non-empty row as the header and keeps the sheet row numbers', async () => {
    const file = await xlsxFile([null, ['  ', null], ['a', 'b'], null, ['1', '2'], null, [null, '3']]);

    expect(await readTable(file)).toEqual({
      headers: ['a', 'b'],
      rows: [row(5, { a: '1', b: '2' }), row(7, { a: '', b: '3' })],
      problems: [],
    });
  });

  it('refuses a header cell that holds an error value', async () => {
    const file = await xlsxFile([
      ['姓名', { error: '#REF!' }],
      ['张三', '13800138000'],
    ]);

    expect(await fileProblems(readTable(file))).toEqual(
      fileProblem('B 列表头无法读取 / header of column B: 单元格是错误值 #REF! / the cell holds the error #REF!'),
    );
  });

  it('refuses a workbook with nothing in it and one with only a header', async () => {
    expect(await fileProblems(readTable(await xlsxFile([])))).toEqual(fileProblem('文件是空的 / the file is empty'));
    expect(await fileProblems(readTable(await xlsxFile([['姓名', '手机号'], null, ['  ']])))).toEqual(
      fileProblem('文件只有表头，没有数据行 / the file has a header row but no data rows'),
    );
  });

  it('refuses a corrupt XLSX, saying it could not be read as XLSX and why', async () => {
    const truncated = (await xlsxFile([['a'], ['1']])).subarray(0, 200);

    const problems = await fileProblems(readTable(truncated));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: null, field: null });
    expect(problems[0].message).toMatch(/^无法按 XLSX 读取文件 \/ the file could not be read as XLSX: \S/);
  });
});

describe('readTable: CSV', () => {
  it('reads UTF-8 with a BOM, keeps row numbers across empty lines and multi-line cells, skips empty rows', async () => {
    const file = csvFile('\uFEFF企业名称, 职工人数 ', '甲,10', '', '"乙', '公司",20', ' , ', '丙 ,30', '');

    expect(await readTable(file)).toEqual({
      headers: ['企业名称', '职工人数'],
      rows: [
        row(2, { 企业名称: '甲', 职工人数: '10' }),
        row(4, { 企业名称: '乙\r\n公司', 职工人数: '20' }),
        row(6, { 企业名称: '丙', 职工人数: '30' }),
      ],
      problems: [],
    });
  });

  it('reads GBK (GB18030) CSV as saved by Excel on Chinese Windows', async () => {
    const gbk = (hex: string) => Buffer.from(hex.replace(/ /g, ''), 'hex');
    const comma = Buffer.from(',');
    const newline = Buffer.from('\r\n');
    const file = Buffer.concat([
      gbk('D0 D5 C3 FB'), // 姓名
      comma,
      gbk('CA D6 BB FA BA C5'), // 手机号
      comma,
      gbk('C6 F3 D2 B5 C3 FB B3 C6'), // 企业名称
      newline,
      gbk('D5 C5 C8 FD'), // 张三
      Buffer.from(',13800138000,'),
      gbk('C7 AF B9 A4'), // 钳工
      newline,
    ]);
    // The bytes really are GBK for these words, and not valid UTF-8.
    expect(new TextDecoder('gb18030').decode(file)).toBe('姓名,手机号,企业名称\r\n张三,13800138000,钳工\r\n');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();

    expect(await readTable(file)).toEqual({
      headers: ['姓名', '手机号', '企业名称'],
      rows: [row(2, { 姓名: '张三', 手机号: '13800138000', 企业名称: '钳工' })],
      problems: [],
    });
  });

  it('ignores headerless columns that are blank (trailing commas) and fills short rows with blanks', async () => {
    expect(await readTable(csvFile('a,b,,', '1,,,', '2'))).toEqual({
      headers: ['a', 'b'],
      rows: [row(2, { a: '1', b: '' }), row(3, { a: '2', b: '' })],
      problems: [],
    });
  });

  it('refuses data under no header, and duplicate headers, all in one error', async () => {
    const problems = await fileProblems(readTable(csvFile('a,,b,a', '1,x,2,3', '4,,5,6,7')));

    expect(problems).toEqual([
      { row: null, field: null, message: 'B 列有数据但没有表头 / column B has data but no header' },
      { row: null, field: 'a', message: '表头重复：A 列和 D 列 / duplicate header in columns A and D' },
      { row: null, field: null, message: 'E 列有数据但没有表头 / column E has data but no header' },
    ]);
  });

  it('refuses an empty file, a file of blank lines and a file of only a header', async () => {
    expect(await fileProblems(readTable(Buffer.alloc(0)))).toEqual(fileProblem('文件是空的 / the file is empty'));
    expect(await fileProblems(readTable(csvFile('', '  ', ',,', '')))).toEqual(fileProblem('文件是空的 / the file is empty'));
    expect(await fileProblems(readTable(csvFile('姓名,手机号', '', ',')))).toEqual(
      fileProblem('文件只有表头，没有数据行 / the file has a header row but no data rows'),
    );
  });

  it('refuses malformed CSV with the parser reason', async () => {
    expect(await fileProblems(readTable(csvFile('a,b', '1,"2', '3,4')))).toEqual(
      fileProblem(
        '无法按 CSV 读取文件 / the file could not be read as CSV: ' +
          'Quote Not Closed: the parsing is finished with an opening quote at line 4',
      ),
    );
  });
});

describe('readTable: neither XLSX nor CSV', () => {
  const notSpreadsheet = fileProblem(
    '不是 XLSX 或 CSV 文件，请在 Excel 中另存为 .xlsx 或 CSV / not an XLSX or CSV file; save it from Excel as .xlsx or CSV',
  );

  it.each([
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')],
    ['an old .xls (OLE) workbook', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)])],
    ['UTF-16 text', Buffer.from('\uFEFF姓名,手机号\r\n张三,13800138000', 'utf16le')],
  ])('refuses %s', async (_name, file) => {
    expect(await fileProblems(readTable(file))).toEqual(notSpreadsheet);
  });
});

describe('readTable: limits', () => {
  it('refuses a file over maxBytes before reading it, and accepts one at the limit', async () => {
    const file = csvFile('a', '1'); // 4 bytes
    expect(await fileProblems(readTable(file, { maxBytes: 3 }))).toEqual(
      fileProblem('文件超过 3 bytes 上限 / the file is larger than the 3 bytes limit'),
    );
    expect((await readTable(file, { maxBytes: 4 })).rows).toEqual([row(2, { a: '1' })]);
  });

  it('refuses a file over the default 5 MiB whatever it contains', async () => {
    expect(await fileProblems(readTable(Buffer.alloc(5 * 1024 * 1024 + 1)))).toEqual(
      fileProblem('文件超过 5 MiB 上限 / the file is larger than the 5 MiB limit'),
    );
  });

  it('refuses more than maxRows data rows; empty rows do not count', async () => {
    expect(await fileProblems(readTable(csvFile('a', '1', '2', '3'), { maxRows: 2 }))).toEqual(
      fileProblem('数据行超过 2 行上限 / the file has more than 2 data rows, the limit'),
    );
    expect((await readTable(csvFile('a', '1', '', '', '2'), { maxRows: 2 })).rows).toEqual([row(2, { a: '1' }), row(5, { a: '2' })]);
  });

  it('counts rows in XLSX as well, with the default limit of 20,000', async () => {
    const rows = [['a'], ...Array.from({ length: 20_001 }, (_, i) => [String(i)])];
    expect(await fileProblems(readTable(await xlsxFile(rows)))).toEqual(
      fileProblem('数据行超过 20,000 行上限 / the file has more than 20,000 data rows, the limit'),
    );
  });
});
