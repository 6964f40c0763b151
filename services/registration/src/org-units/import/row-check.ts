import {
  type ColumnSpec,
  type OptionalKey,
  type RequiredKey,
  type ResolvedColumns,
  resolveColumns,
} from './column-spec';
import type { FieldRule } from './field-rules';
import type { ImportProblem } from './import-problems';
import type { ImportTable, TableRow } from './table-reader';

/**
 * Checks every row of a table against a column spec and collects every problem, so the user sees them
 * all at once. `checkRow` returns the typed row, or undefined when the row has a problem.
 * Only rows without problems are returned; the caller imports nothing unless `problems` is empty.
 */
export function checkRows<S extends ColumnSpec, R>(
  table: ImportTable,
  spec: S,
  checkRow: (fields: RowFields<S>) => R | undefined,
): { rows: R[]; problems: ImportProblem[] } {
  const { columns, problems: columnProblems } = resolveColumns(table.headers, spec);
  const problems = [...columnProblems, ...table.problems];
  const unreadable = new Set(table.problems.map((problem) => cellKey(problem.row, problem.field)));
  const rows: R[] = [];
  for (const row of table.rows) {
    const fields = new RowFields(row, spec, columns, unreadable, problems);
    const checked = checkRow(fields);
    if (checked !== undefined && fields.valid) rows.push(checked);
  }
  return { rows, problems: sortProblems(problems, table.headers) };
}

/** One row's cells read through field rules; each bad cell adds a problem and makes the row invalid. */
export class RowFields<S extends ColumnSpec> {
  private ok = true;

  constructor(
    private readonly row: TableRow,
    private readonly spec: S,
    private readonly columns: ResolvedColumns<S>,
    private readonly unreadable: ReadonlySet<string>,
    private readonly problems: ImportProblem[],
  ) {}

  get rowNumber(): number {
    return this.row.rowNumber;
  }

  get valid(): boolean {
    return this.ok;
  }

  /** The value, or undefined when the cell is blank or bad (reported) or its column is missing (reported once). */
  required<T>(key: RequiredKey<S>, rule: FieldRule<T>): T | undefined {
    const value = this.read(key, rule);
    if (value === null) this.report(key, '必填 / required');
    return value ?? undefined;
  }

  /** The value, null when the cell is blank or the column absent, or undefined when the cell is bad (reported). */
  optional<T>(key: OptionalKey<S>, rule: FieldRule<T>): T | null | undefined {
    return this.read(key, rule);
  }

  report(key: keyof S & string, message: string): void {
    this.ok = false;
    this.problems.push({ row: this.row.rowNumber, field: this.header(key), message });
  }

  /** `values` when the row has no problem, which also means none of them is undefined. */
  finish<T extends object>(values: T): { [K in keyof T]: Exclude<T[K], undefined> } | undefined {
    if (!this.ok || Object.values(values).includes(undefined)) return undefined;
    return values as { [K in keyof T]: Exclude<T[K], undefined> };
  }

  /** null for blank; undefined for anything already reported. */
  private read<T>(key: keyof S & string, rule: FieldRule<T>): T | null | undefined {
    const header = this.columns[key];
    if (header === undefined) {
      // resolveColumns reported a missing required column once for the file, not once per row.
      if (this.spec[key].required) this.ok = false;
      return this.spec[key].required ? undefined : null;
    }
    if (this.unreadable.has(cellKey(this.row.rowNumber, header))) {
      this.ok = false;
      return undefined;
    }
    const text = this.row.cells.get(header) ?? '';
    if (text === '') return null;
    const parsed = rule(text);
    if (parsed.ok) return parsed.value;
    this.report(key, parsed.message);
    return undefined;
  }

  private header(key: keyof S & string): string {
    return this.columns[key] ?? this.spec[key].headers[0];
  }
}

/** Remembers the first row each value appeared on, to name it when the value comes again. */
export class FirstRows {
  private readonly rows = new Map<string, number>();

  /** The earlier row that had `value`, or undefined (and `row` becomes the first). */
  earlier(value: string, row: number): number | undefined {
    const first = this.rows.get(value);
    if (first === undefined) this.rows.set(value, row);
    return first;
  }
}

/** File-level problems first, then by row as in the sheet, then left to right. */
function sortProblems(problems: ImportProblem[], headers: string[]): ImportProblem[] {
  const position = (field: string | null) => {
    const index = field === null ? -1 : headers.indexOf(field);
    return index === -1 ? headers.length : index;
  };
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || position(a.field) - position(b.field));
}

function cellKey(row: number | null, field: string | null): string {
  return `${row}\u0000${field}`;
}
