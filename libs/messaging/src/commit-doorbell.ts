import { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { InsertPart, OneStatement } from './one-statement';

/** The relay of this process that a doorbell can wake directly, while it holds its leader lock. */
export interface LocalRelay {
  leading(): boolean;
  wake(): void;
}

/**
 * How a commit that wrote work for a relay (an outbox row, a workflow start) wakes that relay.
 *
 * A NOTIFY would do it across processes, but Postgres takes one database-wide lock at the commit of
 * every transaction that notified and holds it through the commit's WAL flush, so such commits
 * cannot share a flush: under load they queue on that lock one by one (hazard intake lost a third
 * of its throughput to it). Most of the time the relay that publishes runs in the writing process
 * itself (one relay per schema holds the leader lock, usually in the only instance). Then the
 * writer marks its transaction and this doorbell, a TypeORM transaction subscriber, wakes the relay
 * in process once the transaction has committed; no NOTIFY is sent. When the leading relay runs in
 * another process, the writer sends the NOTIFY as before. Should leadership move between the two,
 * the relay's poll interval bounds the delay; nothing is lost, the rows are in the table.
 */
export class CommitDoorbell implements EntitySubscriberInterface {
  private relay?: LocalRelay;
  /** The mark a writer leaves on its transaction's query runner (`data` is TypeORM's place for it). */
  private readonly mark: string;

  /** `name` tells this doorbell's mark from another's on the same transaction (outbox, workflow outbox). */
  constructor(name: string) {
    this.mark = `doorbell:${name}`;
  }

  /** The relay of this process answers the bell from now on (while it leads). */
  answerWith(relay: LocalRelay | undefined): void {
    this.relay = relay;
  }

  /** Subscribes the doorbell to the commits and rollbacks of the data source's transactions. Idempotent. */
  attachTo(dataSource: DataSource): this {
    if (!dataSource.subscribers.includes(this)) dataSource.subscribers.push(this);
    return this;
  }

  /**
   * Called by a writer inside its transaction: true when the local relay will be woken after commit,
   * false when the writer must NOTIFY (no relay of this process leads).
   */
  ringAfterCommit(tx: EntityManager): boolean {
    const runner = tx.queryRunner;
    if (!runner || !this.relay?.leading()) return false;
    runner.data[this.mark] = true;
    return true;
  }

  /**
   * For a write outside any transaction (`OneStatement`): true when the local relay leads and is woken
   * once the statement has run; false when the statement must NOTIFY.
   */
  ringAfter(statement: OneStatement): boolean {
    const relay = this.relay;
    if (!relay?.leading()) return false;
    statement.onWritten(() => relay.wake());
    return true;
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is no commit: the outer transaction can still roll back.
    if (event.queryRunner.isTransactionActive || !this.takeMark(event.queryRunner.data)) return;
    this.relay?.wake();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.takeMark(event.queryRunner.data);
  }

  private takeMark(data: Record<string, unknown> | undefined): boolean {
    if (!data?.[this.mark]) return false;
    delete data[this.mark];
    return true;
  }
}

/**
 * Writes rows a relay carries out (`insert`, no RETURNING) in the writer's transaction, and sees that
 * the relay hears of them once it commits: the doorbell wakes the relay of this process, or, when no
 * relay of this process leads, the same statement sends a NOTIFY on `channel` (payload: the schema,
 * since services share a database but not a schema), delivered at commit.
 */
export async function insertForRelay(tx: EntityManager, insert: InsertPart, channel: string, doorbell?: CommitDoorbell): Promise<void> {
  if (doorbell?.ringAfterCommit(tx)) {
    await tx.query(insert.sql, insert.params);
    return;
  }
  await tx.query(
    `WITH written AS (${insert.sql} RETURNING 1)
     SELECT pg_notify($${insert.params.length + 1}, current_schema()) FROM (SELECT 1 FROM written LIMIT 1) AS any_written`,
    [...insert.params, channel],
  );
}
