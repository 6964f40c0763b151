import { createPublicKey } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { SignedChainHead } from '../chain-head';
import { publishedChainHeads } from '../published-heads';
import { AuditVerification, SqlRunner, verifyAuditTrail } from '../verify-audit-trail';

/**
 * `npm run audit:verify [schema...]`: walks the audit trail of each service schema (all four when
 * none is named), checks it against the head each service last published on Kafka, and prints the
 * first broken link, if any. Exit code 0 when every trail is intact, 1 when one is broken, 2 when it
 * could not check (a setting missing, no connection).
 *
 * Settings: DATABASE_URL; KAFKA_BROKERS (and KAFKA_TOPIC_PREFIX when the services use one), where the
 * signed heads are; AUDIT_VERIFY_KEY, the public key (PEM) that signs them.
 * For an auditor's scheduled check, outside the services.
 */
const DEFAULT_SCHEMAS = ['registration', 'hazard_reward', 'assessment', 'awards'];

function describe(schema: string, result: AuditVerification): string {
  const published = result.published
    ? `; matches the head published at ${result.published.sealedAt} (seq ${result.published.seq})`
    : '; no head published yet';
  if (result.ok) {
    const head = result.headSeq === null ? 'empty' : `head seq ${result.headSeq}, hash ${result.headHash}`;
    const unsealed = result.unsealed > 0 ? `; ${result.unsealed} entries not sealed yet` : '';
    return `${schema}: intact, ${result.entries} entries, ${head}${published}${unsealed}`;
  }
  const entry = result.entryId ? ` (entry ${result.entryId})` : '';
  return `${schema}: BROKEN at seq ${result.firstBrokenSeq}${entry}: ${result.problem}, after ${result.entriesChecked} entries checked`;
}

async function verifySchema(client: Client, schema: string, head: SignedChainHead | null, publicKeyPem: string) {
  const [{ present }] = (await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${schema}.audit_log`])).rows;
  if (!present) return { line: `${schema}: no audit trail`, broken: false };
  await client.query(`SELECT set_config('search_path', $1, false)`, [schema]);
  const runner: SqlRunner = { query: (async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows) as SqlRunner['query'] };
  const result = await verifyAuditTrail(runner, { published: { head, publicKeyPem } });
  return { line: describe(schema, result), broken: !result.ok };
}

function setting(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new UsageError(`${name} is required but not set`);
  return value;
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const url = setting('DATABASE_URL');
  const brokers = setting('KAFKA_BROKERS').split(',').map((b) => b.trim()).filter(Boolean);
  const publicKeyPem = setting('AUDIT_VERIFY_KEY').replace(/\\n/g, '\n');
  try {
    if (createPublicKey(publicKeyPem).asymmetricKeyType !== 'ed25519') throw new Error();
  } catch {
    throw new UsageError('AUDIT_VERIFY_KEY must be an Ed25519 public key in PEM format');
  }
  const schemas = process.argv.slice(2);
  const invalid = schemas.filter((s) => !/^[a-z_][a-z0-9_]*$/.test(s));
  if (invalid.length > 0) throw new UsageError(`not a schema name: ${invalid.join(', ')}`);

  const kafka = new Kafka({ clientId: 'audit-verify', brokers, logLevel: logLevel.NOTHING });
  const heads = await publishedChainHeads(kafka, process.env.KAFKA_TOPIC_PREFIX ?? '');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let broken = false;
    for (const schema of schemas.length > 0 ? schemas : DEFAULT_SCHEMAS) {
      const result = await verifySchema(client, schema, heads.get(schema) ?? null, publicKeyPem);
      process.stdout.write(`${result.line}\n`);
      broken ||= result.broken;
    }
    return broken ? 1 : 0;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`audit verify: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
