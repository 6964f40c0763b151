import PDFDocument from 'pdfkit';
import type { CaseFileDto, CaseFileEntryDto } from '@lc/platform';
import { registerCjkFonts } from '@lc/platform';
import {
  ACTION_LABELS,
  ACTOR_LABELS,
  CASE_FILE_KIND_LABELS,
  CHECK_LABELS,
  ENTITY_LABELS,
  FACT_LABELS,
  STATUS_LABELS,
  VALUE_LABELS,
} from './case-file-labels';

// A4 portrait, in PDF points.
const MARGIN = 50;
const PAGE = { width: 595.28, height: 841.89 };
const WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - 20;

const INK = '#1a1a1a';
const GREY = '#666666';
const GREEN = '#237804';
const RED = '#b3202a';

/** A time as read in China (UTC+8), to the second: 2026-05-01 16:00:00. */
export function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

const label = (labels: Record<string, string>, key: string): string => labels[key] ?? key;

function factValue(key: string, value: string | number | boolean): string {
  if ((key === 'deadline' || key === 'publicityEndsAt') && typeof value === 'string') return chinaTime(value);
  if (key === 'status') return label(STATUS_LABELS, String(value));
  return VALUE_LABELS[String(value)] ?? String(value).replace(/[。；;]+$/u, '');
}

export function actorText(entry: Pick<CaseFileEntryDto, 'actor'>): string {
  const { kind, displayName } = entry.actor;
  if (kind === 'user') return displayName ?? '（未知用户）';
  if (kind === 'reporter' && displayName) return `举报人 ${displayName}`;
  return label(ACTOR_LABELS, kind);
}

/** The lines an entry prints, in order: what a reader (and a test) finds in the PDF. */
export function entryLines(entry: CaseFileEntryDto): { heading: string; who: string; opinion: string | null; facts: string | null; audit: string } {
  const facts = Object.entries(entry.facts).map(([key, value]) => `${label(FACT_LABELS, key)}：${factValue(key, value)}`);
  return {
    heading: `${chinaTime(entry.at)}  ${label(ACTION_LABELS, entry.action)}`,
    who: `${actorText(entry)} · ${entry.unit.name ?? entry.unit.id}（${label(ENTITY_LABELS, entry.entityType)}）`,
    opinion: entry.opinion ? `意见：${entry.opinion}` : null,
    facts: facts.length > 0 ? facts.join('；') : null,
    audit: `审计记录 ${entry.audit.entryId}${entry.audit.seq === null ? '' : ` · 链上序号 ${entry.audit.seq}`}`,
  };
}

/**
 * The case file as a PDF for auditors: the item, who printed it and when, how many of its audit
 * entries verify, then every entry oldest first with its time, action, actor and unit, opinion, facts
 * and its audit entry's check; page numbers at the foot.
 */
export function renderCaseFilePdf(file: CaseFileDto, printed: { by: string | null; at: Date }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `全程档案 ${file.title}`, Author: printed.by ?? '' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerCjkFonts(doc);

  doc.font('bold', 20).fillColor(INK).text('全程档案', MARGIN, MARGIN, { width: WIDTH, align: 'center' });
  doc.moveDown(0.4);
  doc.font('bold', 13).text(`${label(CASE_FILE_KIND_LABELS, file.kind)} · ${file.title}`, { width: WIDTH, align: 'center' });
  doc.moveDown(0.6);
  const v = file.verification;
  const head = [
    `所属单位：${file.unit.name ?? file.unit.id}`,
    `当前状态：${label(STATUS_LABELS, file.status)}`,
    `编号：${file.id}`,
    `审计校验：共 ${file.entries.length} 条记录，校验通过 ${v.verified} 条，记录被改动 ${v.altered} 条，链条断开 ${v.unlinked} 条，待封存 ${v.unsealed} 条`,
    `导出人：${printed.by ?? '—'}    导出时间：${chinaTime(printed.at.toISOString())}（时间均为北京时间）`,
  ];
  doc.font('regular', 10);
  for (const line of head) doc.text(line, { width: WIDTH });
  doc.moveDown(0.5);
  rule(doc);

  for (const entry of file.entries) {
    const lines = entryLines(entry);
    const body = [lines.who, lines.opinion, lines.facts].filter((l): l is string => l !== null);
    const checkText = label(CHECK_LABELS, entry.audit.check);
    doc.font('regular', 10);
    const height =
      doc.heightOfString(lines.heading, { width: WIDTH - 130 }) + body.reduce((h, l) => h + doc.heightOfString(l, { width: WIDTH - 12 }), 0) + 30;
    if (doc.y + height > BOTTOM) doc.addPage();
    const top = doc.y + 6;
    doc.font('bold', 11).fillColor(INK).text(lines.heading, MARGIN, top, { width: WIDTH - 130 });
    const checkColour = entry.audit.check === 'verified' ? GREEN : entry.audit.check === 'unsealed' ? GREY : RED;
    doc.font('bold', 9).fillColor(checkColour).text(checkText, MARGIN + WIDTH - 125, top + 1, { width: 125, align: 'right' });
    doc.y = Math.max(doc.y, top + 15);
    doc.font('regular', 10).fillColor(INK);
    for (const line of body) doc.text(line, MARGIN + 12, doc.y, { width: WIDTH - 12 });
    doc.font('regular', 7.5).fillColor(GREY).text(lines.audit, MARGIN + 12, doc.y + 1, { width: WIDTH - 12 });
    doc.fillColor(INK);
    doc.moveDown(0.3);
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    // Below the bottom margin pdfkit would start a page of its own: the foot is written with none.
    doc.page.margins.bottom = 0;
    doc.font('regular', 8).fillColor(GREY).text(`第 ${i + 1} 页 / 共 ${range.count} 页`, MARGIN, PAGE.height - MARGIN + 10, { width: WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}

function rule(doc: PDFKit.PDFDocument): void {
  doc.moveTo(MARGIN, doc.y).lineTo(PAGE.width - MARGIN, doc.y).lineWidth(0.6).strokeColor('#999999').stroke();
  doc.moveDown(0.3);
}
