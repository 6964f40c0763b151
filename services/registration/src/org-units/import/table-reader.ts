import { readCsvGrid } from './csv-grid';
import { columnLetter, type GridCell, type GridRow } from './grid';
import { fileError, ImportFileError, type ImportProblem } from './import-problems';
import { readXlsxGrid } from './xlsx-grid';

export interface TableRow {
  /** Row number in the sheet as the user sees it. */
  rowNumber: number;
  /** Cell text by column header, trimmed; '' for a blank cell. */
  cells: Map<string, string>;
}

export interface ImportTable {
  headers: string[];
  rows: TableRow[];
  /**
   * Cells whose value could not be read faithfully (an Excel error, a number Excel rounded). Their text in
   * `cells` is ''; the row validators report these with the rest instead of checking the cell again.
   */
  problems: ImportProblem[];
}

export interface ReadTableOptions {
  maxRows?: number;
  maxBytes?: number;
}

const MiB = 1024 * 1024;
/** Uploads are held in memory and validated in one request, so both the file and the row count are bounded. */
export const DEFAULT_MAX_BYTES = 5 * MiB;
export const DEFAULT_MAX_ROWS = 20_000;

/** ZIP local file header: every XLSX starts with it. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded XLSX or CSV into a header and rows. The format is taken from the content, because file
 * names and MIME types from browsers are unreliable. File-level problems throw ImportFileError.
 */
export async function readTable(file: Buffer, options: ReadTableOptions = {}): Promise<ImportTable> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (file.length > maxBytes) {
    const limit = formatBytes(maxBytes);
    throw fileError(`文件超过 ${limit} 上限 / the file is larger than the ${limit} limit`);
  }

  const [header, ...data] = (await readGrid(file)).map(trimCells).filter((row) => row.cells.some(hasContent));
  if (!header) throw fileError('文件是空的 / the file is empty');
  if (data.length === 0) throw fileError('文件只有表头，没有数据行 / the file has a header row but no data rows');
  if (data.length > maxRows) {
    const limit = maxRows.toLocaleString('en-US');
    throw fileError(`数据行超过 ${limit} 行上限 / the file has more than ${limit} data rows, the limit`);
  }

  const columns = headerColumns(header, data);
  const problems: ImportProblem[] = [];
  const rows = data.map(({ rowNumber, cells }) => {
    const byHeader = new Map<string, string>();
    for (const { index, name } of columns) {
      const cell = cells[index] ?? '';
      if (typeof cell === 'string') {
        byHeader.set(name, cell);
      } else {
        byHeader.set(name, '');
        problems.push({ row: rowNumber, field: name, message: cell.unreadable });
      }
    }
    return { rowNumber, cells: byHeader };
  });
  return { headers: columns.map((column) => column.name), rows, problems };
}

async function readGrid(file: Buffer): Promise<GridRow[]> {
  if (file.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) return readXlsxGrid(file);
  // Text never contains NUL; binaries (old .xls, password-protected workbooks, PDF, images) and UTF-16 text do.
  if (file.includes(0)) {
    throw fileError(
      '不是 XLSX 或 CSV 文件，请在 Excel 中另存为 .xlsx 或 CSV / ' +
        'not an XLSX or CSV file; save it from Excel as .xlsx or CSV',
    );
  }
  return readCsvGrid(file);
}

/**
 * Columns by position and header. A column without a header is ignored when it is blank (stray formatting,
 * trailing commas) but refused when it has data, since that data would otherwise be dropped silently.
 * Duplicate headers are refused because one of the two columns would be lost.
 */
function headerColumns(header: GridRow, data: GridRow[]): { index: number; name: string }[] {
  const width = data.reduce((widest, row) => Math.max(widest, row.cells.length), header.cells.length);
  const columns: { index: number; name: string }[] = [];
  const firstIndex = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (let index = 0; index < width; index++) {
    const cell = header.cells[index] ?? '';
    const letter = columnLetter(index);
    if (typeof cell !== 'string') {
      const message = `${letter} 列表头无法读取 / header of column ${letter}: ${cell.unreadable}`;
      problems.push({ row: null, field: null, message });
    } else if (cell === '') {
      if (data.some((row) => hasContent(row.cells[index] ?? ''))) {
        const message = `${letter} 列有数据但没有表头 / column ${letter} has data but no header`;
        problems.push({ row: null, field: null, message });
      }
    } else if (firstIndex.has(cell)) {
      const first = columnLetter(firstIndex.get(cell) ?? 0);
      problems.push({
        row: null,
        field: cell,
        message: `表头重复：${first} 列和 ${letter} 列 / duplicate header in columns ${first} and ${letter}`,
      });
    } else {
      firstIndex.set(cell, index);
      columns.push({ index, name: cell });
    }
  }
  if (problems.length > 0) throw new ImportFileError(problems);
  return columns;
}

function trimCells(row: GridRow): GridRow {
  return { rowNumber: row.rowNumber, cells: row.cells.map((cell) => (typeof cell === 'string' ? cell.trim() : cell)) };
}

function hasContent(cell: GridCell): boolean {
  return cell !== '';
}

function formatBytes(bytes: number): string {
  if (bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}
