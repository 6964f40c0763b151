/**
 * Line breaking for short Chinese paragraphs made of styled runs (the citation: regular text, the honour
 * name in bold, regular text). Chinese may break between any two characters, except that
 * - a run marked keepTogether (an honour name such as 工人先锋号) moves to the next line whole rather
 *   than being split, unless it is wider than a whole line;
 * - a number or a Latin word (2026, SZGH-01) is not split;
 * - closing punctuation (，。”：…) never starts a line and opening punctuation (“（《…) never ends one
 *   (避头尾, the usual kinsoku rules).
 */

export interface StyledRun<S> {
  text: string;
  style: S;
  keepTogether?: boolean;
}

/** One line: runs of one style each, adjacent runs of the same style merged. */
export type BrokenLine<S> = { text: string; style: S }[];

/** Characters that may not start a line. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}']);
/** Characters that may not end a line. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
const UNBREAKABLE_WORD = /[A-Za-z0-9\-_./#]/u;

type Piece<S> = { text: string; style: S };
/** The smallest thing that is never split across lines (unless it is wider than a line). */
type Unit<S> = Piece<S>[];

function atoms<S>(run: StyledRun<S>): Unit<S>[] {
  if (run.keepTogether) return run.text === '' ? [] : [[{ text: run.text, style: run.style }]];
  const result: Unit<S>[] = [];
  let word = '';
  for (const char of run.text) {
    if (UNBREAKABLE_WORD.test(char)) {
      word += char;
      continue;
    }
    if (word) result.push([{ text: word, style: run.style }]);
    word = '';
    result.push([{ text: char, style: run.style }]);
  }
  if (word) result.push([{ text: word, style: run.style }]);
  return result;
}

function firstChar<S>(unit: Unit<S>): string {
  return [...unit[0].text][0] ?? '';
}

function lastChar<S>(unit: Unit<S>): string {
  const chars = [...unit[unit.length - 1].text];
  return chars[chars.length - 1] ?? '';
}

/** Glues closing punctuation to what precedes it and opening punctuation to what follows it. */
function units<S>(runs: StyledRun<S>[]): Unit<S>[] {
  const result: Unit<S>[] = [];
  let pendingOpen: Unit<S> | null = null;
  for (const atom of runs.flatMap((run) => atoms(run))) {
    let unit: Unit<S> = pendingOpen ? [...pendingOpen, ...atom] : atom;
    pendingOpen = null;
    if (NO_LINE_START.has(firstChar(unit)) && result.length > 0) {
      unit = [...(result.pop() as Unit<S>), ...unit];
    }
    if (NO_LINE_END.has(lastChar(unit))) pendingOpen = unit;
    else result.push(unit);
  }
  if (pendingOpen) result.push(pendingOpen);
  return result;
}

function mergeLine<S>(pieces: Piece<S>[]): BrokenLine<S> {
  const line: BrokenLine<S> = [];
  for (const piece of pieces) {
    const last = line[line.length - 1];
    if (last && last.style === piece.style) last.text += piece.text;
    else line.push({ ...piece });
  }
  return line;
}

/**
 * Breaks styled runs into lines no wider than `firstWidth` (the first line, after its indent) and
 * `width` (the others). `measure` gives the advance width of a text in a style.
 */
export function breakLines<S>(
  runs: StyledRun<S>[],
  firstWidth: number,
  width: number,
  measure: (text: string, style: S) => number,
): BrokenLine<S>[] {
  const lines: Piece<S>[][] = [[]];
  let used = 0;
  const available = () => (lines.length === 1 ? firstWidth : width);
  const newLine = () => {
    lines.push([]);
    used = 0;
  };
  const widthOf = (unit: Unit<S>) => unit.reduce((sum, piece) => sum + measure(piece.text, piece.style), 0);

  for (const unit of units(runs)) {
    const unitWidth = widthOf(unit);
    if (used + unitWidth <= available()) {
      lines[lines.length - 1].push(...unit);
      used += unitWidth;
      continue;
    }
    if (used > 0 && unitWidth <= width) {
      newLine();
      lines[lines.length - 1].push(...unit);
      used = unitWidth;
      continue;
    }
    // Wider than a whole line: split it character by character.
    for (const piece of unit) {
      for (const char of piece.text) {
        const charWidth = measure(char, piece.style);
        if (used > 0 && used + charWidth > available()) newLine();
        lines[lines.length - 1].push({ text: char, style: piece.style });
        used += charWidth;
      }
    }
  }
  return lines.filter((line) => line.length > 0).map(mergeLine);
}
