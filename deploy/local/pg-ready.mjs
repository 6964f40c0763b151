// Readiness check for the local Postgres started by infra.sh, using the repo's own `pg` driver
// (the same one the services use), so "ready" means "a Node client can log in and run a query".
// It also creates the application database on first use: initdb only makes `postgres`.
//
//   node pg-ready.mjs <port>        exit 0 = ready (prints the server version), 1 = not (reason on stderr)
import pg from 'pg';

const port = Number(process.argv[2] ?? process.env.LC_PG_PORT ?? 54329);
const base = { host: '127.0.0.1', port, user: 'lc', password: 'lc', connectionTimeoutMillis: 3000 };
const DATABASE = 'lc';

async function query(database, sql, params = []) {
  const client = new pg.Client({ ...base, database });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end().catch(() => {});
  }
}

try {
  const exists = await query('postgres', 'select 1 from pg_database where datname = $1', [DATABASE]);
  if (exists.rowCount === 0) {
    // Identifier is a constant above, not user input.
    await query('postgres', `create database "${DATABASE}"`);
    console.log(`created database ${DATABASE}`);
  }
  const { rows } = await query(DATABASE, 'select 1 as ok, current_setting($1) as version', ['server_version']);
  if (rows[0]?.ok !== 1) throw new Error('select 1 returned ' + JSON.stringify(rows));
  console.log(`PostgreSQL ${rows[0].version}`);
} catch (err) {
  console.error(`postgres not ready on 127.0.0.1:${port}: ${err.code ? err.code + ' ' : ''}${err.message}`);
  process.exit(1);
}
