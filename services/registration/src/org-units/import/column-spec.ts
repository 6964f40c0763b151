import type { ImportProblem } from './import-problems';

/**
 * The columns an import understands. Users type headers themselves or reuse old sheets, so each column
 * accepts several names: the Chinese ones first (the first is the canonical header shown in problems),
 * then the English key.
 */
export interface ColumnDef {
  readonly required: boolean;
  readonly headers: readonly [string, ...string[]];
}

export type ColumnSpec = Readonly<Record<string, ColumnDef>>;

export function requiredColumn(...headers: [string, ...string[]]) {
  return { required: true as const, headers };
}

export function optionalColumn(...headers: [string, ...string[]]) {
  return { required: false as const, headers };
}

/** Keys of the spec's required columns, so that reading a required field from an optional column fails to compile. */
export type RequiredKey<S extends ColumnSpec> = {
  [K in keyof S & string]: S[K]['required'] extends true ? K : never;
}[keyof S & string];

export type OptionalKey<S extends ColumnSpec> = Exclude<keyof S & string, RequiredKey<S>>;

/** Column key → the header as written in the file; absent when the file has no such column. */
export type ResolvedColumns<S extends ColumnSpec> = Partial<Record<keyof S & string, string>>;

/**
 * Matches the file's headers to the spec. Missing required columns are problems, and so are unknown
 * columns: an unknown header is most likely a misspelt known one, and ignoring it would drop its data.
 */
export function resolveColumns<S extends ColumnSpec>(
  headers: readonly string[],
  spec: S,
): { columns: ResolvedColumns<S>; problems: ImportProblem[] } {
  const keys = Object.keys(spec) as (keyof S & string)[];
  const keyByName = new Map<string, keyof S & string>();
  for (const key of keys) for (const name of spec[key].headers) keyByName.set(normaliseHeader(name), key);

  const columns: ResolvedColumns<S> = {};
  const problems: ImportProblem[] = [];
  for (const header of headers) {
    const key = keyByName.get(normaliseHeader(header));
    const taken = key === undefined ? undefined : columns[key];
    if (key === undefined) {
      const accepted = keys.map((k) => spec[k].headers[0]).join('、');
      problems.push({
        row: null,
        field: header,
        message: `无法识别的列，请改名或删除 / unknown column, rename or remove it (可用列 / known columns: ${accepted})`,
      });
    } else if (taken !== undefined) {
      problems.push({
        row: null,
        field: header,
        message: `与“${taken}”列重复，请只保留一列 / same column as ${taken}, keep only one`,
      });
    } else {
      columns[key] = header;
    }
  }
  for (const key of keys) {
    const canonical = spec[key].headers[0];
    if (spec[key].required && columns[key] === undefined) {
      const message = `缺少必填列 / required column missing: ${canonical} (${key})`;
      problems.push({ row: null, field: canonical, message });
    }
  }
  return { columns, problems };
}

/** Compatibility forms (full-width brackets and letters) folded, blanks dropped, case ignored. */
function normaliseHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
