import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingGlyphs } from '@lc/platform';
import { CERTIFICATE_LIMITS, CertificateInput, CertificateInputError, renderCertificate } from './certificate-renderer';
import { CertificateRenderer } from './certificate-renderer.provider';
import { CertificateRefused } from '../nominations/nomination.errors';

/**
 * Where the test leaves what it renders: <name>.pdf and page 1 as <name>.png (team.png is the typical
 * certificate), for a person to look at.
 */
const OUT_DIR = join(tmpdir(), 'lc-awards-certificates');

/** Rendering scale: 1.5 px per PDF point (108 dpi). */
const SCALE = 1.5;
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

const TEAM: CertificateInput = {
  certificateNo: 'SZGH-2026-GRXF-0007',
  honourName: '工人先锋号',
  nomineeName: '数控加工班',
  nomineeUnitName: '示范市机械制造有限公司',
  conferringUnitName: '示范市总工会',
  year: 2026,
  conferredOn: '2026-11-23',
};

const PERSON: CertificateInput = {
  certificateNo: 'SZGH-2026-WYJZ-0031',
  honourName: '五一劳动奖章',
  nomineeName: '张三',
  conferringUnitName: '示范市总工会',
  year: 2026,
  conferredOn: '2026-04-28',
};

const LONG_UNIT = '示范市高新技术产业开发区先进装备制造产业园中外合资精密数控机床股份有限公司第二分公司';

const longest = (field: keyof typeof CERTIFICATE_LIMITS, text: string) => text.repeat(20).slice(0, CERTIFICATE_LIMITS[field]);

/** Every certificate the specs look at, rendered and read once (pdf.js and a renderer start once). */
const SCENARIOS = {
  team: TEAM,
  person: PERSON,
  /** PERSON with another name of as many characters. */
  personLi: { ...PERSON, nomineeName: '李四' },
  /** TEAM with another honour and conferring unit of as many characters. */
  teamOther: { ...TEAM, honourName: '劳动模范奖', conferringUnitName: '示范省总工会' },
  third: { ...PERSON, nomineeName: '王五', certificateNo: 'SZGH-2026-LDMF-0002', honourName: '劳动模范' },
  long: { ...TEAM, nomineeUnitName: LONG_UNIT, nomineeName: '高精度数控加工技术攻关创新工作室青年突击队' },
  longest: {
    certificateNo: longest('certificateNo', 'SZGH-2026-GRXF-'),
    honourName: longest('honourName', '示范市职工技术创新成果奖'),
    nomineeName: longest('nomineeName', '数控加工技术攻关创新工作室'),
    nomineeUnitName: longest('nomineeUnitName', '示范市高新区先进装备制造股份有限公司'),
    conferringUnitName: longest('conferringUnitName', '示范市总工会、示范市人力资源和社会保障局'),
    year: 2026,
    conferredOn: '2026-12-31',
  },
  trimmed: { ...PERSON, nomineeName: ' 张三　', nomineeUnitName: '  ' },
} satisfies Record<string, CertificateInput>;
type Scenario = keyof typeof SCENARIOS;

interface Raster {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, on white. */
  rgba: Buffer;
}

interface Inspected {
  pdf: Buffer;
  pages: number;
  pageWidth: number;
  pageHeight: number;
  /** The text lines of page 1 as pdf.js extracts them, top to bottom. */
  lines: string[];
  /** The same, joined without any whitespace (pdf.js puts spaces between the spaced-out title characters). */
  compact: string;
  fonts: { name: string; embedded: boolean }[];
  page1: Raster;
}

interface ProbeResult {
  file: string;
  pages: number;
  width: number;
  height: number;
  pageWidth: number;
  pageHeight: number;
  lines: string[];
  fonts: { name: string; embedded: boolean }[];
}

/**
 * Reads the PDFs with pdf.js and renders page 1 on @napi-rs/canvas, in a child node process: pdf.js
 * is ES modules only, which jest cannot load here (see pdf-probe.mjs).
 */
function inspect(pdfs: Record<string, Buffer>): Record<string, Inspected> {
  mkdirSync(OUT_DIR, { recursive: true });
  const files = Object.entries(pdfs).map(([name, pdf]) => {
    const file = join(OUT_DIR, `${name}.pdf`);
    writeFileSync(file, pdf);
    return file;
  });
  const output = execFileSync(process.execPath, [join(__dirname, 'pdf-probe.mjs'), OUT_DIR, String(SCALE), ...files], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const results = JSON.parse(output) as ProbeResult[];
  return Object.fromEntries(
    Object.entries(pdfs).map(([name, pdf], index) => {
      const result = results[index];
      const rgbaFile = join(OUT_DIR, `${name}.rgba`);
      const rgba = readFileSync(rgbaFile);
      rmSync(rgbaFile);
      return [
        name,
        {
          pdf,
          pages: result.pages,
          pageWidth: result.pageWidth,
          pageHeight: result.pageHeight,
          lines: result.lines,
          compact: result.lines.join('').replace(/\s+/gu, ''),
          fonts: result.fonts,
          page1: { width: result.width, height: result.height, rgba },
        },
      ];
    }),
  );
}

/** A region of the page in PDF points (origin top left). */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type PixelTest = (r: number, g: number, b: number) => boolean;
const isInk: PixelTest = (r, g, b) => r < 110 && g < 110 && b < 110;
const isRed: PixelTest = (r, g, b) => r > 130 && g < 90 && b < 90;

function* pixelsIn(raster: Raster, box: Box): Generator<{ x: number; y: number; offset: number }> {
  const [top, bottom] = [Math.max(0, Math.floor(box.top * SCALE)), Math.min(raster.height, Math.ceil(box.bottom * SCALE))];
  const [left, right] = [Math.max(0, Math.floor(box.left * SCALE)), Math.min(raster.width, Math.ceil(box.right * SCALE))];
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) yield { x, y, offset: (y * raster.width + x) * 4 };
  }
}

const passes = (raster: Raster, offset: number, test: PixelTest) =>
  test(raster.rgba[offset], raster.rgba[offset + 1], raster.rgba[offset + 2]);

function count(raster: Raster, box: Box, test: PixelTest): number {
  let n = 0;
  for (const { offset } of pixelsIn(raster, box)) if (passes(raster, offset, test)) n++;
  return n;
}

const WHOLE_PAGE: Box = { left: 0, top: 0, right: A4_LANDSCAPE.width, bottom: A4_LANDSCAPE.height };

/** Pixels that differ clearly between two renders of one size, and their bounding box in points. */
function difference(a: Raster, b: Raster): { pixels: number; box: Box | null } {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let pixels = 0;
  let box: Box | null = null;
  for (const { x, y, offset } of pixelsIn(a, WHOLE_PAGE)) {
    const delta = Math.max(...[0, 1, 2].map((c) => Math.abs(a.rgba[offset + c] - b.rgba[offset + c])));
    if (delta < 96) continue;
    pixels++;
    const [px, py] = [x / SCALE, y / SCALE];
    box = box
      ? { left: Math.min(box.left, px), top: Math.min(box.top, py), right: Math.max(box.right, px), bottom: Math.max(box.bottom, py) }
      : { left: px, top: py, right: px, bottom: py };
  }
  return { pixels, box };
}

/** Ink per run of adjacent columns that have `test` pixels in a band: one or more runs per glyph. */
function inkColumns(raster: Raster, box: Box, test: PixelTest): number[] {
  const columns = new Map<number, number>();
  for (const { x, offset } of pixelsIn(raster, box)) if (passes(raster, offset, test)) columns.set(x, (columns.get(x) ?? 0) + 1);
  const runs: number[] = [];
  let previous = -2;
  for (const x of [...columns.keys()].sort((p, q) => p - q)) {
    if (x === previous + 1) runs[runs.length - 1] += columns.get(x) ?? 0;
    else runs.push(columns.get(x) ?? 0);
    previous = x;
  }
  return runs;
}

/** Between the text block (which ends at 724 pt) and the right of the frame, above the signature. */
const RIGHT_MARGIN: Box = { left: 732, top: 150, right: 798, bottom: 360 };

describe('renderCertificate', () => {
  let seen: Record<Scenario | 'provider', Inspected>;

  beforeAll(async () => {
    const pdfs: Record<string, Buffer> = {};
    for (const [name, input] of Object.entries(SCENARIOS)) pdfs[name] = await renderCertificate(input);
    pdfs.provider = await new CertificateRenderer().render(PERSON);
    seen = inspect(pdfs) as typeof seen;
  });

  it('is one A4 landscape page with the two weights of Noto Serif SC embedded as subsets', () => {
    const { pdf, pages, pageWidth, pageHeight, fonts, page1 } = seen.team;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect([pages, pageWidth, pageHeight]).toEqual([1, A4_LANDSCAPE.width, A4_LANDSCAPE.height]);
    expect([page1.width, page1.height]).toEqual([Math.round(A4_LANDSCAPE.width * SCALE), Math.round(A4_LANDSCAPE.height * SCALE)]);
    expect(fonts).toEqual([
      { name: expect.stringMatching(/^[A-Z]{6}\+NotoSerifSC-Bold$/), embedded: true },
      { name: expect.stringMatching(/^[A-Z]{6}\+NotoSerifSC-Regular$/), embedded: true },
    ]);
    expect(pdf.toString('latin1')).toContain('/FontFile2');
    // The font files are ~15 MB each: only the glyphs used are embedded.
    expect(pdf.length).toBeLessThan(60_000);
    expect(readFileSync(join(OUT_DIR, 'team.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('holds the nominee, the honour, the conferring unit, the date and the number as text', () => {
    const { compact } = seen.team;
    expect(compact).toContain('荣誉证书');
    expect(compact).toContain('示范市机械制造有限公司数控加工班：');
    expect(compact).toContain('在2026年度劳动和技能竞赛中成绩突出，被授予“工人先锋号”称号。特发此证，以资鼓励。');
    expect(compact).toContain('示范市总工会');
    expect(compact).toContain('二〇二六年十一月二十三日');
    expect(compact).toContain('证书编号：SZGH-2026-GRXF-0007');

    expect(seen.person.compact).toContain('张三：在2026年度劳动和技能竞赛中成绩突出，被授予“五一劳动奖章”称号。');
    expect(seen.person.compact).toContain('二〇二六年四月二十八日');
  });

  it('keeps the honour name and its quotation marks on one line', () => {
    expect(seen.team.lines).toContain('“工人先锋号”称号。');
  });

  it('draws the title as four distinct red glyphs', () => {
    // The title band inside the frame: the only red there is the title.
    const titleBand = { left: 60, top: 55, right: 780, bottom: 128 };
    expect(count(seen.team.page1, titleBand, isRed)).toBeGreaterThan(3000);
    const runs = inkColumns(seen.team.page1, titleBand, isRed);
    // 荣誉证书 is set wide apart: at least one run of columns per character (证 may make two). Empty
    // glyphs make none; missing glyphs (tofu) make four identical boxes.
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(runs).size).toBeGreaterThanOrEqual(3);
  });

  it('draws the characters of a name: two names of two characters give different ink where the name is', () => {
    const [zhang, li] = [seen.person, seen.personLi];
    expect(li.compact).toContain('李四：');
    const salutationLine = { left: 100, top: 160, right: 260, bottom: 205 };
    expect(count(zhang.page1, salutationLine, isInk)).toBeGreaterThan(250);
    expect(count(li.page1, salutationLine, isInk)).toBeGreaterThan(250);
    const { pixels, box } = difference(zhang.page1, li.page1);
    // Real glyphs of 张三 and 李四 differ in hundreds of pixels; tofu boxes or blanks would not differ.
    expect(pixels).toBeGreaterThan(300);
    expect(box!.top).toBeGreaterThanOrEqual(salutationLine.top);
    expect(box!.bottom).toBeLessThanOrEqual(salutationLine.bottom);
    expect(box!.left).toBeGreaterThanOrEqual(salutationLine.left);
    expect(box!.right).toBeLessThanOrEqual(salutationLine.right);
  });

  it('draws the characters of the honour name and the conferring unit', () => {
    const other = seen.teamOther;
    expect(other.compact).toContain('被授予“劳动模范奖”称号。');
    expect(other.compact).toContain('示范省总工会');
    expect(difference(seen.team.page1, other.page1).pixels).toBeGreaterThan(800);
  });

  it('prints what each certificate says and nothing of another', () => {
    const { team, person, third } = seen;
    expect(team.compact).not.toContain('张三');
    expect(team.compact).not.toContain(PERSON.certificateNo);
    expect(person.compact).not.toContain('数控加工班');
    expect(person.compact).not.toContain(TEAM.certificateNo);
    expect(person.compact).toContain(`证书编号：${PERSON.certificateNo}`);
    expect(third.compact).toContain('王五：');
    expect(third.compact).toContain('“劳动模范”称号');
    expect(third.compact).toContain('证书编号：SZGH-2026-LDMF-0002');
    expect(third.compact).not.toContain(PERSON.certificateNo);
    expect(third.compact).not.toContain('张三');
  });

  it('wraps a long unit name within the text block instead of running over the frame', () => {
    const { long } = seen;
    expect(long.pages).toBe(1);
    expect(long.compact).toContain(`${LONG_UNIT}高精度数控加工技术攻关创新工作室青年突击队：`);
    expect(long.compact).toContain('被授予“工人先锋号”称号。');
    // The salutation takes more than one line…
    const firstLine = long.lines.find((line) => line.startsWith('示范市高新技术'))!;
    expect(firstLine.length).toBeLessThan(LONG_UNIT.length);
    expect(firstLine).not.toContain('：');
    // …and nothing is drawn between the text block and the frame.
    expect(count(long.page1, RIGHT_MARGIN, isInk)).toBe(0);
    expect(count(long.page1, { left: 100, top: 160, right: 724, bottom: 240 }, isInk)).toBeGreaterThan(2000);
  });

  it('fits every field at its longest on the one page', () => {
    const { longest: inspected } = seen;
    const input = SCENARIOS.longest;
    expect(inspected.pages).toBe(1);
    for (const value of [input.nomineeUnitName, input.nomineeName, input.honourName, input.conferringUnitName, input.certificateNo]) {
      expect(inspected.compact).toContain(value);
    }
    expect(count(inspected.page1, RIGHT_MARGIN, isInk)).toBe(0);
  });

  it('trims what it is given: surrounding spaces do not reach the certificate', () => {
    expect(seen.trimmed.lines).toContain('张三：');
  });

  it('refuses incomplete or malformed input, saying what is wrong with each field', async () => {
    const refusal = await renderCertificate({
      ...TEAM,
      nomineeName: '  ',
      conferredOn: '2026-02-30',
      year: 2026.5,
      nomineeUnitName: 'x'.repeat(CERTIFICATE_LIMITS.nomineeUnitName + 1),
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CertificateInputError);
    expect((refusal as CertificateInputError).problems).toEqual([
      'nomineeName: must not be blank',
      'nomineeUnitName: at most 60 characters, got 61',
      'year: a whole year from 1949 on, got 2026.5',
      'conferredOn: a calendar date YYYY-MM-DD, got "2026-02-30"',
    ]);
    await expect(renderCertificate({ ...TEAM, conferredOn: '2025-12-31' })).rejects.toThrow(
      'conferredOn: 2025-12-31 is before the competition year 2026',
    );
    await expect(renderCertificate({ ...TEAM, honourName: '工人先锋号\n' })).resolves.toBeInstanceOf(Buffer);
    await expect(renderCertificate({ ...TEAM, honourName: '工人\n先锋号' })).rejects.toThrow('honourName: must not contain control characters');
  });

  it('refuses a character the typeface cannot show rather than print an empty box', async () => {
    expect(missingGlyphs('bold', '张三😀')).toEqual(['😀']);
    await expect(renderCertificate({ ...PERSON, nomineeName: '张三😀' })).rejects.toThrow(
      'nomineeName/nomineeUnitName: the certificate typeface has no glyph for 😀',
    );
  });

  describe('CertificateRenderer (Nest provider)', () => {
    it('renders the same certificate', () => {
      expect(seen.provider.compact).toBe(seen.person.compact);
    });

    it('turns refused input into a 400 naming the refusal, in English and Chinese', async () => {
      const refused = new CertificateRenderer().render({ ...PERSON, nomineeName: '' });
      await expect(refused).rejects.toBeInstanceOf(CertificateRefused);
      await expect(refused).rejects.toMatchObject({ httpStatus: 400, code: 'certificate-refused', messageZh: expect.stringContaining('证书') });
    });
  });
});
