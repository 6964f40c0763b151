import { InvalidRequest, DomainError } from '@lc/platform';
import type { ImportProblem } from '../org-units/import';

/** No spreadsheet in the multipart field `file`. */
export class SpreadsheetMissing extends InvalidRequest {
  readonly code = 'spreadsheet-missing';
  constructor() {
    super({
      en: "file: attach the spreadsheet (XLSX or CSV) as the multipart form field 'file'",
      zh: '请上传电子表格（XLSX 或 CSV 文件）',
      field: 'file',
    });
  }
}

/** A file over the upload limit: the user is told the limit, not just "too large". */
export class SpreadsheetTooLarge extends DomainError {
  readonly code = 'spreadsheet-too-large';
  readonly kind = 'too-large';
  constructor(maxMiB: number) {
    super({ en: `file: is larger than ${maxMiB} MiB; split it into smaller files`, zh: `文件超过 ${maxMiB} MiB，请拆分成较小的文件后再上传`, field: 'file' });
  }
}

/** The file's rows have problems: every one listed by row and column; nothing was written. */
export class SpreadsheetRefused extends InvalidRequest {
  readonly code = 'spreadsheet-refused';
  constructor(readonly problems: ImportProblem[]) {
    super({
      en: `the file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported`,
      zh: `文件中有 ${problems.length} 处问题，未导入任何内容`,
      field: 'file',
    });
  }

  details(): Record<string, unknown> {
    return { problems: this.problems };
  }
}
