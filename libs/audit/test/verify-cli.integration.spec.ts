import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { auditChainSealedV1 } from '@lc/contracts';
import { createTestDatabase, deleteTestTopics, openTestDataSource, repositoryRoot, uniqueName } from '@lc/testing';
import { AuditSealing1764800000000, AuditTrail, AuditTrail1732300000050, ChainHeadSigner, sealAuditEntries } from '../src';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = new ChainHeadSigner(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
const verifyKey = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const prefix = `${uniqueName('auditcli')}.`;

/** The verify command as an auditor runs it: `npm run audit:verify [schema...]`, with the heads on Kafka. */
function runVerify(databaseUrl: string, schemas: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(repositoryRoot, 'libs/audit/dist/cli/verify-audit-trails.js'), ...schemas], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
      KAFKA_TOPIC_PREFIX: prefix,
      AUDIT_VERIFY_KEY: verifyKey,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** Publishes a signed head as the service's sealer would, through its outbox, on the compacted topic. */
async function publishHead(schema: string, seq: number, hash: string): Promise<void> {
  const kafka = new Kafka({ clientId: 'audit-cli-test', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  await producer.connect();
  const head = signer.sign({ schema, seq, hash, sealedAt: new Date().toISOString() });
  const envelope = {
    eventId: randomUUID(),
    type: auditChainSealedV1.type,
    version: auditChainSealedV1.version,
    occurredAt: head.sealedAt,
    producer: schema,
    correlationId: `audit-seal:${schema}:${seq}`,
    orgUnitId: null,
    aggregateId: schema,
    payload: { ...head, entries: 1 },
  };
  await producer.send({ topic: `${prefix}${auditChainSealedV1.topic}`, messages: [{ key: schema, value: JSON.stringify(envelope) }] });
  await producer.disconnect();
}

describe('the audit verify command', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let headHash: string;

  beforeAll(async () => {
    database = await createTestDatabase('auditcli');
    dataSource = await openTestDataSource({ url: database.url, schema: 'registration', migrations: [AuditTrail1732300000050, AuditSealing1764800000000] });
    const trail = new AuditTrail();
    for (let n = 1; n <= 3; n++) {
      await dataSource.transaction((tx) =>
        trail.append(tx, {
          actor: { userId: 'u-1', orgUnitId: 'city' },
          action: 'org-unit.updated',
          entity: { type: 'org-unit', id: `unit-${n}`, orgPath: `/city/unit-${n}` },
          correlationId: `c-${n}`,
        }),
      );
    }
    const sealed = await dataSource.transaction((tx) => sealAuditEntries(tx));
    headHash = sealed!.hash;
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    await deleteTestTopics(prefix);
  });

  it('reports a trail whose service published no head yet as intact, saying so', async () => {
    const { code, output } = await runVerify(database.url, ['registration']);
    expect(output).toMatch(/^registration: intact, 3 entries, head seq 3, hash [0-9a-f]{64}; no head published yet\n$/);
    expect(code).toBe(0);
  });

  it('reports an intact trail that passes through its published head with exit code 0, and a schema without a trail as such', async () => {
    await publishHead('registration', 3, headHash);
    const { code, output } = await runVerify(database.url, ['registration', 'awards']);
    expect(output).toMatch(/^registration: intact, 3 entries, head seq 3, hash [0-9a-f]{64}; matches the head published at \S+ \(seq 3\)\nawards: no audit trail\n$/);
    expect(code).toBe(0);
  });

  it('reports the tail removed behind the application with exit code 1, though the entries left still chain', async () => {
    await dataSource.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await tx.query(`DELETE FROM audit_log WHERE seq = 3`);
      await tx.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });
    const { code, output } = await runVerify(database.url, ['registration']);
    expect(output).toBe('registration: BROKEN at seq 3: tail-removed, after 2 entries checked\n');
    expect(code).toBe(1);
  });

  it('reports an entry edited behind the application with exit code 1', async () => {
    await dataSource.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await tx.query(`UPDATE audit_log SET reason = 'edited' WHERE seq = 2`);
      await tx.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });
    const { code, output } = await runVerify(database.url, ['registration']);
    expect(output).toMatch(/^registration: BROKEN at seq 2 \(entry [0-9a-f-]{36}\): hash-mismatch, after 2 entries checked\n$/);
    expect(code).toBe(1);
  });

  it('refuses a malformed schema name, and a missing key, with exit code 2', async () => {
    const bad = await runVerify(database.url, ['bad;name']);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('not a schema name: bad;name');
    const keyless = await runVerify(database.url, ['registration'], { AUDIT_VERIFY_KEY: '' });
    expect(keyless.code).toBe(2);
    expect(keyless.output).toContain('AUDIT_VERIFY_KEY is required but not set');
  });
});
