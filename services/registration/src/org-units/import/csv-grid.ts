import { parse } from 'csv-parse/sync';
import { fileError } from './import-problems';
import type { GridRow } from './grid';

/** Parses CSV bytes (UTF-8, or the GBK family that Excel on Chinese Windows writes) into rows. */
export function readCsvGrid(file: Buffer): GridRow[] {
  const text = decodeCsvText(file);
  const rowNumbers: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      columns: false,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // Skipped empty lines still count as rows in Excel, so the row number is records plus empty lines so far
      // (a quoted cell spanning lines stays one row, as in Excel).
      on_record: (record, context) => {
        rowNumbers.push(context.records + context.empty_lines);
        return record;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw fileError(`无法按 CSV 读取文件 / the file could not be read as CSV: ${reason}`);
  }
  return records.map((cells, i) => ({ rowNumber: rowNumbers[i], cells }));
}

/**
 * UTF-8 when the bytes are valid UTF-8 (the decoder drops a leading BOM), otherwise GB18030, a superset of
 * the GBK that "CSV (逗号分隔)" in Chinese Excel produces. GBK text with Chinese in it is practically never
 * valid UTF-8, so the strict UTF-8 attempt is a reliable test.
 */
function decodeCsvText(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('gb18030').decode(file);
  }
}
