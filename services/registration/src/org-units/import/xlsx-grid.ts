import { type CellValue, Workbook } from 'exceljs';
import { fileError } from './import-problems';
import type { GridCell, GridRow } from './grid';

/** Reads the first worksheet (in tab order) of an XLSX workbook into rows of cell text. */
export async function readXlsxGrid(file: Buffer): Promise<GridRow[]> {
  const workbook = new Workbook();
  try {
    // exceljs declares its parameter as an ArrayBuffer; a copy of exactly the file's bytes is one.
    await workbook.xlsx.load(new Uint8Array(file).buffer);
  } catch (error) {
    throw unreadableXlsx(error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  // A zip that is not a workbook (a .docx, a plain archive) loads without error but has no worksheet.
  if (!sheet) throw unreadableXlsx('it has no worksheet');

  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    // eachCell skips blank cells, leaving holes in the array.
    rows.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

function unreadableXlsx(reason: string) {
  return fileError(`无法按 XLSX 读取文件 / the file could not be read as XLSX: ${reason}`);
}

/** The text the user sees in the cell, whatever type Excel stored it as. */
function cellText(value: CellValue): GridCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('error' in value) return { unreadable: `单元格是错误值 ${value.error} / the cell holds the error ${value.error}` };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A hyperlink's text may itself be rich text, so it goes through the same conversion.
  if ('hyperlink' in value) return cellText(value.text);
  if (value.result === undefined) {
    return {
      unreadable:
        '公式没有保存计算结果，请在 Excel 中打开并保存，或粘贴为数值 / ' +
        'the formula has no saved result; open and save the file in Excel, or paste the values',
    };
  }
  return cellText(value.result);
}

/**
 * Credit codes and phone numbers typed into a number-formatted column become numbers. Integers up to 2^53
 * are exact and print without an exponent; beyond that Excel has already rounded the digits away, and a
 * value printed with an exponent is not what the user typed either, so both ask for a text column.
 */
function numberText(value: number): GridCell {
  const text = String(value);
  if (Number.isSafeInteger(value) || (Number.isFinite(value) && !Number.isInteger(value) && !/e/i.test(text))) {
    return text;
  }
  return {
    unreadable:
      `数字 ${text} 位数过多，Excel 无法精确保存，请把该列设为“文本”格式后重新输入 / ` +
      `the number ${text} has too many digits for Excel to keep exactly; format the column as text and type it again`,
  };
}

/** Excel dates carry no time zone; exceljs gives them as UTC midnight of the date shown. */
function dateText(value: Date): GridCell {
  if (Number.isNaN(value.getTime())) return { unreadable: '日期无效 / the date is not valid' };
  return value.toISOString().slice(0, 10);
}
