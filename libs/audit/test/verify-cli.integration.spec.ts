import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase, openTestDataSource, repositoryRoot } from '@lc/testing';
import { AuditTrail, AuditTrail1732300000050 } from '../src';

/** The verify command as an auditor runs it: `npm run audit:verify [schema...]`. */
function runVerify(databaseUrl: string, schemas: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(repositoryRoot, 'libs/audit/dist/cli/verify-audit-trails.js'), ...schemas], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('the audit verify command', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('auditcli');
    dataSource = await openTestDataSource({ url: database.url, schema: 'registration', migrations: [AuditTrail1732300000050] });
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
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reports an intact trail with exit code 0, and a schema without a trail as such', async () => {
    const { code, output } = await runVerify(database.url, ['registration', 'awards']);
    expect(output).toMatch(/^registration: intact, 3 entries, head seq 3, hash [0-9a-f]{64}\nawards: no audit trail\n$/);
    expect(code).toBe(0);
  });

  it('reports the first broken link with exit code 1 after an entry is edited behind the application', async () => {
    await dataSource.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await tx.query(`UPDATE audit_log SET reason = 'edited' WHERE seq = 2`);
      await tx.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });
    const { code, output } = await runVerify(database.url, ['registration']);
    expect(output).toMatch(/^registration: BROKEN at seq 2 \(entry [0-9a-f-]{36}\): hash-mismatch, after 2 entries checked\n$/);
    expect(code).toBe(1);
  });

  it('refuses a malformed schema name with exit code 2', async () => {
    const { code, output } = await runVerify(database.url, ['bad;name']);
    expect(code).toBe(2);
    expect(output).toContain('not a schema name: bad;name');
  });
});
