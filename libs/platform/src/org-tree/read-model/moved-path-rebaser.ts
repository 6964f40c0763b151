import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';

/**
 * A column of the service's own tables that holds a materialised org path copied when the row was
 * written (a report's enterprise_path, a nomination's nominee_path). Scope checks and subtree lists
 * compare it with the caller's path, so it must follow the tree when a subtree moves.
 */
export interface OrgPathColumn {
  table: string;
  column: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Rebases every registered path column when an org-unit.moved event is applied: one UPDATE per column
 * by path prefix, in the consumer's transaction that moves the service's copy of the tree, so access
 * follows the new tree from the same commit on (the old township loses the rows, the new one gets them).
 * The audit trail keeps the paths as they were: it records where a change happened at the time.
 */
@Injectable()
export class MovedPathRebaser {
  private readonly columns: OrgPathColumn[] = [];

  register(...columns: readonly OrgPathColumn[]): void {
    for (const c of columns) {
      // Names are spliced into SQL: only plain lower-case identifiers, given by code, never by input.
      if (!IDENTIFIER.test(c.table) || !IDENTIFIER.test(c.column)) throw new Error(`not a plain column name: ${c.table}.${c.column}`);
      if (!this.columns.some((k) => k.table === c.table && k.column === c.column)) this.columns.push({ ...c });
    }
  }

  registered(): readonly OrgPathColumn[] {
    return this.columns;
  }

  /** One after the other: they share the transaction's connection. */
  async rebase(tx: EntityManager, oldPath: string, newPath: string): Promise<void> {
    const under = descendantsLikePattern(oldPath);
    for (const { table, column } of this.columns) {
      await tx.query(`UPDATE ${table} SET ${column} = $2 || substr(${column}, length($1) + 1) WHERE ${column} = $1 OR ${column} LIKE $3`, [
        oldPath,
        newPath,
        under,
      ]);
    }
  }
}
