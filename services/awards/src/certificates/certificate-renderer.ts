import PDFDocument from 'pdfkit';
import { CjkFontWeight as CertificateFontWeight, missingGlyphs, registerCjkFonts } from '@lc/platform';
import { formatChineseDate, parseIsoDate } from './chinese-date';
import { BrokenLine, breakLines, StyledRun } from './line-breaking';

/** What one honour certificate (荣誉证书) says. */
export interface CertificateInput {
  /** Printed as 证书编号：… at the foot, e.g. 'SZGH-2026-GRXF-0007'. */
  certificateNo: string;
  /** The honour conferred, e.g. '工人先锋号', '五一劳动奖章', '劳动模范'. */
  honourName: string;
  /** A person (张三) or a unit or team (数控加工班). */
  nomineeName: string;
  /** The nominee's unit, written before the name: '示范市机械厂' + '张三'. */
  nomineeUnitName?: string;
  /** Who confers the honour, e.g. '示范市总工会'. */
  conferringUnitName: string;
  /** The competition year: 在2026年度劳动和技能竞赛中… */
  year: number;
  /** The date of conferral, YYYY-MM-DD; printed as 二〇二六年十一月二十三日. */
  conferredOn: string;
}

/** The input cannot make a certificate; `problems` says why, one `field: reason` each. */
export class CertificateInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`certificate input refused: ${problems.join('; ')}`);
    this.name = 'CertificateInputError';
  }
}

/** Longest accepted values, in characters; at these lengths the certificate still fits one page. */
export const CERTIFICATE_LIMITS = {
  certificateNo: 64,
  honourName: 40,
  nomineeName: 40,
  nomineeUnitName: 60,
  conferringUnitName: 30,
} as const;

/** The texts of a certificate, exactly as printed (tests and callers can look for them in the PDF). */
export interface CertificateText {
  title: string;
  /** Whom it addresses: '{nomineeUnitName}{nomineeName}：'. */
  salutation: string;
  /** '在{year}年度劳动和技能竞赛中成绩突出，被授予“{honourName}”称号。' */
  citation: string;
  closing: string;
  conferringUnit: string;
  date: string;
  certificateNo: string;
}

export const CERTIFICATE_TITLE = '荣誉证书';
export const CERTIFICATE_CLOSING = '特发此证，以资鼓励。';

// A4 landscape, in PDF points (1/72 inch).
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;

const RED = '#b3202a';
const GOLD = '#b8924a';
const INK = '#1a1a1a';
const GREY = '#555555';

const BODY_LEFT = 118;
const BODY_WIDTH = PAGE_WIDTH - 2 * BODY_LEFT;
const BODY_TOP = 168;
/** The body ends at least this far above the signature block (conferring unit over the date). */
const BODY_TO_SIGNATURE = 16;
const SIGNATURE_CENTRE_X = PAGE_WIDTH - 250;
const SIGNATURE_WIDTH = 330;
const DATE_BASELINE_TOP = 478;
const BODY_SIZES = [22, 21, 20, 19, 18, 17, 16, 15, 14];

/** C0 and C1 control characters (tabs and line breaks among them) and the Unicode line separators. */
function hasControlCharacters(value: string): boolean {
  return [...value].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });
}

/** Trims and checks the input; throws CertificateInputError with every problem found. */
export function validateCertificateInput(input: CertificateInput): CertificateInput {
  const problems: string[] = [];
  const text = (field: keyof typeof CERTIFICATE_LIMITS, value: unknown, required: boolean): string | undefined => {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '' && !required)) {
      if (required) problems.push(`${field}: required`);
      return undefined;
    }
    if (typeof value !== 'string') {
      problems.push(`${field}: must be a string`);
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === '') problems.push(`${field}: must not be blank`);
    else if (hasControlCharacters(trimmed)) problems.push(`${field}: must not contain control characters or line breaks`);
    else if ([...trimmed].length > CERTIFICATE_LIMITS[field]) {
      problems.push(`${field}: at most ${CERTIFICATE_LIMITS[field]} characters, got ${[...trimmed].length}`);
    }
    return trimmed;
  };
  const normalised: CertificateInput = {
    certificateNo: text('certificateNo', input.certificateNo, true) ?? '',
    honourName: text('honourName', input.honourName, true) ?? '',
    nomineeName: text('nomineeName', input.nomineeName, true) ?? '',
    nomineeUnitName: text('nomineeUnitName', input.nomineeUnitName, false),
    conferringUnitName: text('conferringUnitName', input.conferringUnitName, true) ?? '',
    year: input.year,
    conferredOn: input.conferredOn,
  };
  if (!Number.isInteger(input.year) || input.year < 1949 || input.year > 9999) {
    problems.push(`year: a whole year from 1949 on, got ${JSON.stringify(input.year)}`);
  }
  const conferred = typeof input.conferredOn === 'string' ? parseIsoDate(input.conferredOn) : null;
  if (!conferred) problems.push(`conferredOn: a calendar date YYYY-MM-DD, got ${JSON.stringify(input.conferredOn)}`);
  else if (Number.isInteger(input.year) && conferred.year < input.year) {
    problems.push(`conferredOn: ${input.conferredOn} is before the competition year ${input.year}`);
  }
  if (problems.length > 0) throw new CertificateInputError(problems);
  return normalised;
}

/** The citation in three runs: before the honour name, the honour name (printed bold), after it. */
function citationParts(input: CertificateInput): [string, string, string] {
  return [`在${input.year}年度劳动和技能竞赛中成绩突出，被授予“`, input.honourName, '”称号。'];
}

/** The printed texts of a (validated) certificate. */
export function certificateText(input: CertificateInput): CertificateText {
  const [beforeHonour, honour, afterHonour] = citationParts(input);
  return {
    title: CERTIFICATE_TITLE,
    salutation: `${input.nomineeUnitName ?? ''}${input.nomineeName}：`,
    citation: `${beforeHonour}${honour}${afterHonour}`,
    closing: CERTIFICATE_CLOSING,
    conferringUnit: input.conferringUnitName,
    date: formatChineseDate(input.conferredOn),
    certificateNo: `证书编号：${input.certificateNo}`,
  };
}

/**
 * Refuses, before drawing, any character of the given texts that the typeface cannot show (it would print
 * as an empty box): a rare character in a name (Noto Serif SC covers GB 18030's common repertoire, not
 * every CJK extension), an emoji. The fixed wording is known to be covered.
 */
function checkGlyphs(text: CertificateText): void {
  const uses: [CertificateFontWeight, string, string][] = [
    ['bold', 'nomineeName/nomineeUnitName', text.salutation],
    ['regular', 'honourName', text.citation],
    ['bold', 'honourName', text.citation],
    ['regular', 'conferringUnitName', text.conferringUnit],
    ['regular', 'certificateNo', text.certificateNo],
  ];
  const problems = uses.flatMap(([weight, field, value]) => {
    const missing = missingGlyphs(weight, value);
    return missing.length === 0 ? [] : [`${field}: the certificate typeface has no glyph for ${missing.join(' ')}`];
  });
  if (problems.length > 0) throw new CertificateInputError([...new Set(problems)]);
}

type Doc = PDFKit.PDFDocument;

function useFont(doc: Doc, weight: CertificateFontWeight, size: number): Doc {
  return doc.font(weight, size);
}

function drawFrame(doc: Doc): void {
  doc.save();
  doc.lineWidth(5).strokeColor(RED).rect(20, 20, PAGE_WIDTH - 40, PAGE_HEIGHT - 40).stroke();
  doc.lineWidth(1.2).strokeColor(GOLD).rect(31, 31, PAGE_WIDTH - 62, PAGE_HEIGHT - 62).stroke();
  doc.lineWidth(0.6).strokeColor(GOLD).rect(36, 36, PAGE_WIDTH - 72, PAGE_HEIGHT - 72).stroke();
  // A small gold lozenge in each corner of the inner frame.
  for (const [x, y] of [
    [36, 36],
    [PAGE_WIDTH - 36, 36],
    [36, PAGE_HEIGHT - 36],
    [PAGE_WIDTH - 36, PAGE_HEIGHT - 36],
  ]) {
    doc
      .fillColor(GOLD)
      .polygon([x, y - 9], [x + 9, y], [x, y + 9], [x - 9, y])
      .fill();
  }
  doc.restore();
}

function drawTitle(doc: Doc, title: string): void {
  const size = 46;
  const spacing = 22;
  useFont(doc, 'bold', size);
  // pdfkit puts the spacing after every character, the last one too: leave that out when centring.
  const width = doc.widthOfString(title, { characterSpacing: spacing }) - spacing;
  doc.fillColor(RED).text(title, (PAGE_WIDTH - width) / 2, 66, { characterSpacing: spacing, lineBreak: false });
  const ruleY = 136;
  doc
    .save()
    .lineWidth(1)
    .strokeColor(GOLD)
    .moveTo(PAGE_WIDTH / 2 - 150, ruleY)
    .lineTo(PAGE_WIDTH / 2 + 150, ruleY)
    .stroke()
    .restore();
}

/** How a run of body text looks: in ink, or the honour name in bold red. */
type BodyStyle = 'salutation' | 'text' | 'honour';

const BODY_STYLE: Record<BodyStyle, { weight: CertificateFontWeight; colour: string }> = {
  salutation: { weight: 'bold', colour: INK },
  text: { weight: 'regular', colour: INK },
  honour: { weight: 'bold', colour: RED },
};

interface BodyLayout {
  size: number;
  lineHeight: number;
  paragraphGap: number;
  /** Each paragraph: its lines; the first line of the citation and closing is indented two characters. */
  paragraphs: { indent: number; lines: BrokenLine<BodyStyle>[] }[];
}

function layOutBody(doc: Doc, text: CertificateText, input: CertificateInput, size: number): BodyLayout {
  const measure = (value: string, style: BodyStyle) => useFont(doc, BODY_STYLE[style].weight, size).widthOfString(value);
  const indent = 2 * size;
  const [beforeHonour, honourName, afterHonour] = citationParts(input);
  const paragraph = (runs: StyledRun<BodyStyle>[], firstIndent: number) => ({
    indent: firstIndent,
    lines: breakLines(runs, BODY_WIDTH - firstIndent, BODY_WIDTH, measure),
  });
  useFont(doc, 'regular', size);
  return {
    size,
    lineHeight: doc.currentLineHeight() * 1.3,
    paragraphGap: size * 0.45,
    paragraphs: [
      paragraph([{ text: text.salutation, style: 'salutation' }], 0),
      paragraph(
        [
          { text: beforeHonour, style: 'text' },
          { text: honourName, style: 'honour', keepTogether: true },
          { text: afterHonour, style: 'text' },
        ],
        indent,
      ),
      paragraph([{ text: text.closing, style: 'text' }], indent),
    ],
  };
}

function bodyHeight(layout: BodyLayout): number {
  const lines = layout.paragraphs.reduce((sum, paragraph) => sum + paragraph.lines.length, 0);
  return lines * layout.lineHeight + (layout.paragraphs.length - 1) * layout.paragraphGap;
}

/** The body at the largest size at which salutation, citation and closing end above `bottom`. */
function bodyLayout(doc: Doc, text: CertificateText, input: CertificateInput, bottom: number): BodyLayout {
  for (const size of BODY_SIZES) {
    const layout = layOutBody(doc, text, input, size);
    if (BODY_TOP + bodyHeight(layout) <= bottom) return layout;
  }
  throw new CertificateInputError(['nomineeName/nomineeUnitName/honourName: too long to fit the certificate']);
}

function drawBody(doc: Doc, text: CertificateText, input: CertificateInput, bottom: number): void {
  const layout = bodyLayout(doc, text, input, bottom);
  let y = BODY_TOP;
  for (const paragraph of layout.paragraphs) {
    paragraph.lines.forEach((line, index) => {
      let x = BODY_LEFT + (index === 0 ? paragraph.indent : 0);
      for (const run of line) {
        const style = BODY_STYLE[run.style];
        useFont(doc, style.weight, layout.size);
        doc.fillColor(style.colour).text(run.text, x, y, { lineBreak: false });
        x += doc.widthOfString(run.text);
      }
      y += layout.lineHeight;
    });
    y += layout.paragraphGap;
  }
}

const SIGNATURE_SIZE = 20;
const SIGNATURE_OPTIONS = { width: SIGNATURE_WIDTH, align: 'center' as const, lineGap: 6 };

/** Top of the signature block (conferring unit over the date, bottom right): the unit name ends just
 * above the date, however many lines it takes. */
function signatureTop(doc: Doc, text: CertificateText): number {
  useFont(doc, 'regular', SIGNATURE_SIZE);
  return DATE_BASELINE_TOP - 14 - doc.heightOfString(text.conferringUnit, SIGNATURE_OPTIONS);
}

function drawSignature(doc: Doc, text: CertificateText): void {
  const left = SIGNATURE_CENTRE_X - SIGNATURE_WIDTH / 2;
  const top = signatureTop(doc, text);
  doc.fillColor(INK).text(text.conferringUnit, left, top, SIGNATURE_OPTIONS);
  doc.text(text.date, left, DATE_BASELINE_TOP, SIGNATURE_OPTIONS);
}

function drawCertificateNo(doc: Doc, text: CertificateText): void {
  useFont(doc, 'regular', 11);
  doc.fillColor(GREY).text(text.certificateNo, 62, PAGE_HEIGHT - 70, { width: PAGE_WIDTH - 124, lineBreak: false });
}

/**
 * Renders an honour certificate (荣誉证书) as a one-page A4 landscape PDF: a red and gold frame, the title,
 * the citation with the nominee and the honour, the conferring unit over the date in Chinese numerals,
 * and the certificate number. Throws CertificateInputError for input it cannot print faithfully.
 */
export async function renderCertificate(input: CertificateInput): Promise<Buffer> {
  const valid = validateCertificateInput(input);
  const text = certificateText(valid);
  checkGlyphs(text);

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${CERTIFICATE_TITLE} ${valid.certificateNo}`,
      Subject: `授予${valid.nomineeUnitName ?? ''}${valid.nomineeName}“${valid.honourName}”称号`,
      Author: valid.conferringUnitName,
      Creator: 'labour-competition-platform awards',
    },
  });
  registerCjkFonts(doc);
  const chunks: Uint8Array[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    drawFrame(doc);
    drawTitle(doc, text.title);
    drawBody(doc, text, valid, signatureTop(doc, text) - BODY_TO_SIGNATURE);
    drawSignature(doc, text);
    drawCertificateNo(doc, text);
  } finally {
    doc.end();
  }
  return finished;
}
