import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditEntryInput, AuditTrail } from '@lc/audit';
import { EventContract, EventEnvelope } from '@lc/contracts';
import { OutboxPublisher, PublishOptions } from '@lc/messaging';
import { auditActorOf, Caller } from '../access/caller';

/** An audit entry as a command writes it: the actor and the correlation id come from the caller. */
export type CommandAuditEntry = Omit<AuditEntryInput, 'actor' | 'correlationId'>;

/** An event as a command publishes it: the correlation id comes from the caller. */
export type CommandEvent<P> = Omit<PublishOptions<P>, 'correlationId'>;

/**
 * What the body of a command works with: its transaction, and the audit trail and outbox of that
 * transaction, stamped with the caller. The change, its audit entries and its events commit together
 * or not at all.
 */
export class CommandScope {
  constructor(
    /** The command's transaction: hand it to the repositories. */
    readonly tx: EntityManager,
    readonly caller: Caller,
    private readonly trail: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  // Bound, so that a body may take them apart: `async ({ tx, audit, publish }) => …`.

  /** Appends the entry, by the caller, under the caller's correlation id. */
  readonly audit = (entry: CommandAuditEntry): Promise<AuditEntry> =>
    this.trail.append(this.tx, { ...entry, actor: auditActorOf(this.caller), correlationId: this.caller.correlationId });

  /** Writes the event into the outbox, under the caller's correlation id; the relay publishes it after commit. */
  readonly publish = <P>(contract: EventContract<P>, event: CommandEvent<P>): Promise<EventEnvelope<P>> =>
    this.outbox.publish(this.tx, contract, { ...event, correlationId: this.caller.correlationId });

  /** Several entries in one go (a bulk import), each by the caller under the caller's correlation id. */
  readonly auditMany = (entries: readonly CommandAuditEntry[]): Promise<AuditEntry[]> =>
    this.trail.appendMany(
      this.tx,
      entries.map((entry) => ({ ...entry, actor: auditActorOf(this.caller), correlationId: this.caller.correlationId })),
    );

  /** Several events of one contract in one statement (a bulk import), under the caller's correlation id. */
  readonly publishMany = <P>(contract: EventContract<P>, events: readonly CommandEvent<P>[]): Promise<EventEnvelope<P>[]> =>
    this.outbox.publishMany(
      this.tx,
      contract,
      events.map((event) => ({ ...event, correlationId: this.caller.correlationId })),
    );
}

/**
 * Runs the changing part of a command: one transaction, whose body gets the transaction and writes its
 * audit entries and events through the scope, without repeating who acts and on which request. Loads
 * and scope checks come before, the view the command answers with is read after commit: a transaction
 * waits on nothing but its own connection.
 */
@Injectable()
export class AuditedCommand {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trail: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  run<T>(caller: Caller, body: (command: CommandScope) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((tx) => body(new CommandScope(tx, caller, this.trail, this.outbox)));
  }
}
