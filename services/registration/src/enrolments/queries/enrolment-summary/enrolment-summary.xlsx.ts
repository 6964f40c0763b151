import { Borders, Workbook, Worksheet } from 'exceljs';
import { chineseDate, EnrolmentSummary, SUMMARY_COLUMNS, SUMMARY_SHEET_NAME, SummaryTotals } from './enrolment-summary';

const thin = { style: 'thin' as const };
const allBorders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const widths = [6, 40, 16, 10, 12, 18];

const totalsText = (label: string, t: SummaryTotals) => [label, `企业参赛数 ${t.enterprises} 家，班组 ${t.teams} 个`, '', t.participants, '', ''];

/**
 * Attachment 2 as the county office files it: the title, the reporting unit and the date, the header,
 * one heading row per township or industry union followed by its rows (and its subtotal when there are
 * several), and the totals row (合计: enterprises, teams and participants).
 */
export async function enrolmentSummaryWorkbook(summary: EnrolmentSummary): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'labour-competition-platform';
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = widths.map((width) => ({ width }));

  const title = sheet.addRow([summary.title]);
  sheet.mergeCells(title.number, 1, title.number, 6);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;

  const unitLine = sheet.addRow([`填报单位：${summary.unit.name}`, '', '', '', `日期：${chineseDate(summary.date)}`, '']);
  sheet.mergeCells(unitLine.number, 1, unitLine.number, 4);
  sheet.mergeCells(unitLine.number, 5, unitLine.number, 6);
  unitLine.getCell(5).alignment = { horizontal: 'right' };

  const header = sheet.addRow([...SUMMARY_COLUMNS]);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  bordered(sheet, header.number);
  const firstBodyRow = header.number + 1;

  for (const group of summary.groups) {
    const heading = sheet.addRow([group.unitName]);
    sheet.mergeCells(heading.number, 1, heading.number, 6);
    heading.font = { bold: true };
    bordered(sheet, heading.number);
    for (const r of group.rows) {
      const row = sheet.addRow([r.no, r.name, r.industry, r.participants, r.leader, r.phone]);
      row.getCell(1).alignment = { horizontal: 'center' };
      bordered(sheet, row.number);
    }
    if (summary.groups.length > 1) {
      const subtotal = sheet.addRow(totalsText('小计', group.totals));
      subtotal.font = { italic: true };
      bordered(sheet, subtotal.number);
    }
  }
  const totals = sheet.addRow(totalsText('合计', summary.totals));
  totals.font = { bold: true };
  bordered(sheet, totals.number);

  sheet.views = [{ state: 'frozen', ySplit: firstBodyRow - 1 }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function bordered(sheet: Worksheet, rowNumber: number): void {
  for (let col = 1; col <= SUMMARY_COLUMNS.length; col++) sheet.getCell(rowNumber, col).border = allBorders;
}
