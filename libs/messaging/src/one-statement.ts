import { DataSource } from 'typeorm';

/** An INSERT (or a DELETE of rows the change makes obsolete), without RETURNING, with its own parameters numbered from $1. */
export interface InsertPart {
  sql: string;
  params: unknown[];
}

/**
 * A change made of inserts only, written as one statement: the change's rows, its audit entry and its
 * events together (`AuditTrail.addTo`, `OutboxPublisher.addTo`). One statement is atomic on its own, so
 * it needs no transaction around it, and costs one round trip to the database instead of one per row
 * plus BEGIN and COMMIT: for a command on the hot path that writes and reads nothing else (a worker's
 * hazard report), that is most of what it costs. A command that reads, updates or decides uses a
 * transaction as usual.
 */
export class OneStatement {
  private readonly parts: InsertPart[] = [];
  private readonly channels = new Set<string>();
  private readonly written: (() => void)[] = [];
  private ran = false;

  /** Adds an insert; the parts are written in the order added. */
  add(part: InsertPart): this {
    this.parts.push(part);
    return this;
  }

  /** NOTIFY `channel` (payload: the schema) when the statement commits, for a relay of another process. */
  notifyOnCommit(channel: string): this {
    this.channels.add(channel);
    return this;
  }

  /** Runs `then` once the statement has committed, e.g. to wake a relay of this process. */
  onWritten(then: () => void): this {
    this.written.push(then);
    return this;
  }

  /** Writes every part, or none, outside any transaction. */
  async run(dataSource: DataSource): Promise<void> {
    if (this.ran) throw new Error('one statement: already run');
    this.ran = true;
    if (this.parts.length === 0) return;
    const { sql, params } = this.toSql();
    await dataSource.query(sql, params);
    for (const then of this.written) then();
  }

  /**
   * `WITH w0 AS (insert0), w1 AS (insert1), … SELECT …`: every data-modifying CTE runs exactly once
   * and to completion whether or not the query reads it. Each part's $n are moved past the parameters
   * of the parts before it; the NOTIFYs come last.
   */
  toSql(): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const ctes = this.parts.map((part, i) => {
      const offset = params.length;
      params.push(...part.params);
      return `w${i} AS (${part.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
    });
    let select = 'SELECT 1';
    if (this.channels.size > 0) {
      params.push([...this.channels]);
      select = `SELECT pg_notify(channel, current_schema()) FROM unnest($${params.length}::text[]) AS channel`;
    }
    return { sql: `WITH ${ctes.join(',\n')}\n${select}`, params };
  }
}
