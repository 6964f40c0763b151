import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditSealing1764800000000, AuditTrail, AuditTrail1732300000050 } from '@lc/audit';
import { defineEvent } from '@lc/contracts';
import { MessagingTables1732300000000, OutboxPublisher } from '@lc/messaging';
import { createTestDatabase, openTestDataSource } from '@lc/testing';
import { AuditedCommand, Caller, guardTransactions, TransactionGuardError } from '../src';

const noteWrittenV1 = defineEvent({
  type: 'note.written',
  version: 1,
  topic: 'notes',
  description: 'A note was written (a test event).',
  payload: z.object({ noteId: z.number(), body: z.string() }),
});

const caller: Caller = {
  principal: { userId: 'cadre-1', displayName: '县总工会干部', orgUnitId: 'county-a', orgPath: '/city/county-a', roles: ['county_cadre'], sessionId: 'session-1' },
  method: 'POST',
  path: '/notes',
  correlationId: 'corr-audited-command',
};

/**
 * A command's change, its audit entry and its events: written in one transaction, with the actor and
 * correlation id of the caller, and all gone when the body fails. On a real Postgres.
 */
describe('AuditedCommand', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let commands: AuditedCommand;

  beforeAll(async () => {
    database = await createTestDatabase('audited_command');
    dataSource = guardTransactions(
      await openTestDataSource({
        url: database.url,
        schema: 'commands',
        migrations: [MessagingTables1732300000000, AuditTrail1732300000050, AuditSealing1764800000000],
      }),
    );
    await dataSource.query(`CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)`);
    commands = new AuditedCommand(dataSource, new AuditTrail(), new OutboxPublisher('notes-service'));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('commits the change with its audit entry by the caller and its event under the caller’s correlation id', async () => {
    const answer = await commands.run(caller, async ({ tx, audit, publish }) => {
      await tx.query(`INSERT INTO notes (id, body) VALUES (1, 'first')`);
      await audit({ action: 'note.written', entity: { type: 'note', id: '1', orgUnitId: 'county-a', orgPath: '/city/county-a' }, after: { body: 'first' } });
      await publish(noteWrittenV1, { aggregateId: '1', orgUnitId: 'county-a', payload: { noteId: 1, body: 'first' } });
      return 'written';
    });

    expect(answer).toBe('written');
    expect(await dataSource.query(`SELECT id, body FROM notes`)).toEqual([{ id: 1, body: 'first' }]);
    const entries = await dataSource.query(
      `SELECT actor_id, actor_org_unit_id, action, entity_type, entity_id, org_unit_id, org_path, before, after, correlation_id FROM audit_log`,
    );
    expect(entries).toEqual([
      {
        actor_id: 'cadre-1',
        actor_org_unit_id: 'county-a',
        action: 'note.written',
        entity_type: 'note',
        entity_id: '1',
        org_unit_id: 'county-a',
        org_path: '/city/county-a',
        before: null,
        after: { body: 'first' },
        correlation_id: 'corr-audited-command',
      },
    ]);
    const [event] = await dataSource.query(`SELECT event_type, envelope FROM outbox`);
    expect(event.event_type).toBe('note.written');
    expect(event.envelope).toMatchObject({ aggregateId: '1', correlationId: 'corr-audited-command', orgUnitId: 'county-a', payload: { noteId: 1, body: 'first' } });
  });

  it('writes a bulk of entries and events, each by the caller under the caller’s correlation id', async () => {
    await commands.run(caller, async ({ tx, auditMany, publishMany }) => {
      await tx.query(`INSERT INTO notes (id, body) VALUES (11, 'eleven'), (12, 'twelve')`);
      await auditMany([11, 12].map((id) => ({ action: 'note.imported', entity: { type: 'note', id: String(id) }, after: { id } })));
      await publishMany(
        noteWrittenV1,
        [11, 12].map((id) => ({ aggregateId: String(id), orgUnitId: null, payload: { noteId: id, body: `note ${id}` } })),
      );
    });

    const entries = await dataSource.query(
      `SELECT actor_id, actor_org_unit_id, entity_id, correlation_id FROM audit_log WHERE action = 'note.imported' ORDER BY entity_id`,
    );
    expect(entries).toEqual(
      ['11', '12'].map((id) => ({ actor_id: 'cadre-1', actor_org_unit_id: 'county-a', entity_id: id, correlation_id: 'corr-audited-command' })),
    );
    const events = await dataSource.query(`SELECT envelope FROM outbox WHERE envelope->>'aggregateId' IN ('11', '12') ORDER BY 1`);
    expect(events.map((e: { envelope: { correlationId: string } }) => e.envelope.correlationId)).toEqual(['corr-audited-command', 'corr-audited-command']);
  });

  it('leaves no change, no audit entry and no event when the body fails', async () => {
    const counts = async () => (await dataSource.query(`SELECT (SELECT count(*) FROM notes)::int AS notes, (SELECT count(*) FROM audit_log)::int AS entries, (SELECT count(*) FROM outbox)::int AS events`))[0];
    const before = await counts();
    await expect(
      commands.run(caller, async (command) => {
        await command.tx.query(`INSERT INTO notes (id, body) VALUES (2, 'second')`);
        await command.audit({ action: 'note.written', entity: { type: 'note', id: '2' }, after: { body: 'second' } });
        await command.publish(noteWrittenV1, { aggregateId: '2', orgUnitId: null, payload: { noteId: 2, body: 'second' } });
        throw new Error('refused after writing');
      }),
    ).rejects.toThrow('refused after writing');
    expect(await counts()).toEqual(before);
  });

  it('runs the body inside a guarded transaction: it may not take a second connection', async () => {
    await expect(commands.run(caller, async () => dataSource.query(`SELECT 1`))).rejects.toThrow(TransactionGuardError);
  });
});
