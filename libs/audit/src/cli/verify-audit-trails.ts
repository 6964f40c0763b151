import { Client } from 'pg';
import { SqlRunner, verifyAuditTrail } from '../verify-audit-trail';

/**
 * `npm run audit:verify [schema...]`: walks the audit trail of each service schema (all four when
 * none is named) and prints the first broken link, if any. Exit code 0 when every trail is intact,
 * 1 when one is broken, 2 when it could not check (no DATABASE_URL, no connection).
 * For an auditor's scheduled check, outside the services.
 */
const DEFAULT_SCHEMAS = ['registration', 'hazard_reward', 'assessment', 'awards'];

async function verifySchema(client: Client, schema: string): Promise<{ line: string; broken: boolean }> {
  const [{ present }] = (await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${schema}.audit_log`])).rows;
  if (!present) return { line: `${schema}: no audit trail`, broken: false };
  await client.query(`SELECT set_config('search_path', $1, false)`, [schema]);
  const runner: SqlRunner = { query: (async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows) as SqlRunner['query'] };
  const result = await verifyAuditTrail(runner);
  if (result.ok) {
    const head = result.headSeq === null ? 'empty' : `head seq ${result.headSeq}, hash ${result.headHash}`;
    return { line: `${schema}: intact, ${result.entries} entries, ${head}`, broken: false };
  }
  return {
    line: `${schema}: BROKEN at seq ${result.firstBrokenSeq} (entry ${result.entryId}): ${result.problem}, after ${result.entriesChecked} entries checked`,
    broken: true,
  };
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('audit verify: DATABASE_URL is required but not set\n');
    return 2;
  }
  const schemas = process.argv.slice(2);
  const invalid = schemas.filter((s) => !/^[a-z_][a-z0-9_]*$/.test(s));
  if (invalid.length > 0) {
    process.stderr.write(`audit verify: not a schema name: ${invalid.join(', ')}\n`);
    return 2;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let broken = false;
    for (const schema of schemas.length > 0 ? schemas : DEFAULT_SCHEMAS) {
      const result = await verifySchema(client, schema);
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
