import { Workbook } from 'exceljs';
import type { RankedSheet } from './competition-results';

const levelNames = { enterprise: '企业', team: '班组' } as const;

/** What the year-end list is of: the competition and its year, and the union that organises it. */
export interface YearEndTitle {
  competition: string;
  year: number;
  organiser: string;
}

/** 「2026年工人先锋号创建活动 2026年度年末考核评比」: the list's title, and its file's name. */
export function yearEndTitle({ competition, year }: YearEndTitle): string {
  return `${competition} ${year}年度年末考核评比`;
}

/**
 * The year-end assessment list (年末考核评比) as a workbook: one sheet per level titled with the
 * competition and year, the organiser under it, units by rank with score and 合格/不合格, ready to print
 * or to attach to a commendation notice.
 */
export async function yearEndWorkbook(title: YearEndTitle, ranked: readonly RankedSheet[]): Promise<Buffer> {
  const workbook = new Workbook();
  for (const level of ['enterprise', 'team'] as const) {
    const rows = ranked.filter((r) => r.level === level);
    if (rows.length === 0) continue;
    const sheet = workbook.addWorksheet(`${levelNames[level]}考核结果`);
    sheet.addRow([`${yearEndTitle(title)}（${levelNames[level]}）`]);
    sheet.mergeCells(1, 1, 1, 6);
    sheet.getRow(1).font = { bold: true, size: 14 };
    sheet.addRow([`组织单位：${title.organiser}`]);
    sheet.mergeCells(2, 1, 2, 6);
    sheet.addRow(['名次', '单位名称', '单位编号', '得分', '满分', '结果']).font = { bold: true };
    for (const r of rows) sheet.addRow([r.rank, r.unitName ?? r.unitId, r.unitId, r.score, r.maxScore, r.passed ? '合格' : '不合格']);
    sheet.columns.forEach((column, i) => (column.width = [6, 36, 20, 8, 8, 8][i]));
  }
  if (workbook.worksheets.length === 0) workbook.addWorksheet('考核结果').addRows([[yearEndTitle(title)], ['尚无定稿的考核表 / no finalised sheets yet']]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
