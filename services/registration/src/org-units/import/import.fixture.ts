import { type CellValue, Workbook } from 'exceljs';

/**
 * Upload fixtures built the way users make them: an XLSX written by exceljs (rows in sheet order, null for
 * an empty row) and CSV text.
 */
export async function xlsxFile(rows: (CellValue[] | null)[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  rows.forEach((cells, r) => cells?.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function csvFile(...lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** Published unified social credit codes (see libs/org credit-code.spec.ts); all pass both check characters. */
export const creditCodes = {
  sample: '91350100M000100Y43',
  huawei: '914403001922038216',
  xiaomi: '91110108551385082Q',
  /** All digits: typed into a number-formatted cell, Excel cannot keep it exactly. */
  digitsOnly: '112302070019030687',
};
