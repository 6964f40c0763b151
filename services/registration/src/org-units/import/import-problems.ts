/**
 * One thing wrong with an uploaded spreadsheet. People fix their file in Excel, so every problem points
 * at what they see there: the row number in the sheet and the column header as they typed it.
 */
export interface ImportProblem {
  /** Spreadsheet row number (the header is row 1, the first data row 2); null for the file as a whole. */
  row: number | null;
  /** Column header as written in the file (the canonical Chinese header when the column is missing). */
  field: string | null;
  message: string;
}

/**
 * The file cannot be turned into rows at all (wrong format, too large, broken header). Carries every
 * problem found, so the user fixes them in one pass instead of one upload per problem.
 */
export class ImportFileError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`the file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported`);
    this.name = 'ImportFileError';
  }
}

/** A problem with the file as a whole, thrown on its own. */
export function fileError(message: string): ImportFileError {
  return new ImportFileError([{ row: null, field: null, message }]);
}
