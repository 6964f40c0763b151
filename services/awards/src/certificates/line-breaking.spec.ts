import { breakLines, StyledRun } from './line-breaking';

type Style = 'text' | 'honour';
/** Every character one unit wide, like CJK text in units of one em. */
const measure = (text: string) => [...text].length;
const lineTexts = (lines: { text: string }[][]) => lines.map((line) => line.map((run) => run.text).join(''));

describe('breakLines', () => {
  it('fills lines up to the width, the first line after its indent', () => {
    const lines = breakLines<Style>([{ text: '一二三四五六七八九十', style: 'text' }], 4, 6, measure);
    expect(lineTexts(lines)).toEqual(['一二三四', '五六七八九十']);
  });

  it('moves an honour name kept together to the next line whole, with its quotation marks', () => {
    const runs: StyledRun<Style>[] = [
      { text: '被授予“', style: 'text' },
      { text: '工人先锋号', style: 'honour', keepTogether: true },
      { text: '”称号。', style: 'text' },
    ];
    const lines = breakLines(runs, 8, 10, measure);
    expect(lineTexts(lines)).toEqual(['被授予', '“工人先锋号”称号。']);
    // Runs keep their style and adjacent runs of one style are merged.
    expect(lines[1]).toEqual([
      { text: '“', style: 'text' },
      { text: '工人先锋号', style: 'honour' },
      { text: '”称号。', style: 'text' },
    ]);
  });

  it('splits a kept-together run only when it is wider than a whole line', () => {
    const runs: StyledRun<Style>[] = [
      { text: '授予', style: 'text' },
      { text: '一二三四五六七', style: 'honour', keepTogether: true },
    ];
    expect(lineTexts(breakLines(runs, 5, 5, measure))).toEqual(['授予一二三', '四五六七']);
  });

  it('starts no line with closing punctuation and does not split numbers', () => {
    const lines = breakLines<Style>([{ text: '年度2026名', style: 'text' }], 4, 10, measure);
    expect(lineTexts(lines)).toEqual(['年度', '2026名']);
    const punctuated = breakLines<Style>([{ text: '一二三四。五六', style: 'text' }], 4, 4, measure);
    expect(lineTexts(punctuated)).toEqual(['一二三', '四。五六']);
  });

  it('loses no character', () => {
    const text = '示范市高新技术产业开发区先进装备制造产业园中外合资精密数控机床股份有限公司数控加工班：';
    const lines = breakLines<Style>([{ text, style: 'text' }], 11, 13, measure);
    expect(lineTexts(lines).join('')).toBe(text);
    expect(lines.every((line, i) => measure(lineTexts([line])[0]) <= (i === 0 ? 11 : 13))).toBe(true);
  });
});
