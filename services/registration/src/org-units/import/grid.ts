/**
 * A sheet as the readers see it before the header is known: rows of cells by column position, with the
 * row numbers the user sees in Excel.
 */
export interface GridRow {
  rowNumber: number;
  /** Index 0 is column A. */
  cells: GridCell[];
}

/** The cell's text, or why it has none that can be trusted (an Excel error value, a rounded number). */
export type GridCell = string | UnreadableCell;

export interface UnreadableCell {
  unreadable: string;
}

/** Excel's column letters (0 → A, 26 → AA): what the user sees above the sheet. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
