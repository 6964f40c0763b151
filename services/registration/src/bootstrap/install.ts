import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { passwordWeakness } from '@lc/auth';
import { ConfigError, ensureSchema, loadConfig, serviceDataSourceOptions } from '@lc/platform';
import { registrationEntities, registrationMigrations } from '../registration.module';
import { installRoot } from './install-root';

/**
 * `node services/registration/dist/bootstrap/install.js`: creates the root union and its first cadre
 * (see installRoot). Settings come from the environment, like the service's.
 */
const installSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL'),
  KAFKA_TOPIC_PREFIX: z.string().regex(/^[A-Za-z0-9._-]*$/).default(''),
  ROOT_UNIT_ID: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1 to 64 letters, digits, '-' or '_'"),
  ROOT_UNIT_NAME: z.string().trim().min(1).max(100),
  ROOT_UNIT_KIND: z.enum(['city_federation', 'county_federation']).default('city_federation'),
  ROOT_REGION_CODE: z.string().regex(/^\d{6}$/, 'must be 6 digits (行政区划代码)').optional(),
  ADMIN_USERNAME: z.string().regex(/^[A-Za-z0-9._@-]{3,64}$/, 'must be 3 to 64 letters, digits or . _ @ -'),
  ADMIN_DISPLAY_NAME: z.string().trim().min(1).max(50),
  ADMIN_PASSWORD: z.string(),
}).superRefine((settings, context) => {
  // The first cadre's password meets the policy every other password meets (it is not temporary: nobody set it for them).
  const weakness = passwordWeakness('ADMIN_PASSWORD', settings.ADMIN_PASSWORD, [settings.ADMIN_USERNAME, settings.ADMIN_DISPLAY_NAME]);
  if (weakness) context.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: weakness.replace(/^ADMIN_PASSWORD /, '') });
});

async function main(): Promise<void> {
  let settings: z.infer<typeof installSchema>;
  try {
    settings = loadConfig(installSchema, process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`install: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  await ensureSchema(settings.DATABASE_URL, 'registration');
  const dataSource = await new DataSource(
    serviceDataSourceOptions({
      url: settings.DATABASE_URL,
      schema: 'registration',
      entities: registrationEntities,
      migrations: registrationMigrations,
      poolSize: 2,
    }),
  ).initialize();
  try {
    const result = await installRoot(dataSource, {
      unit: { id: settings.ROOT_UNIT_ID, name: settings.ROOT_UNIT_NAME, kind: settings.ROOT_UNIT_KIND, regionCode: settings.ROOT_REGION_CODE ?? null },
      admin: { username: settings.ADMIN_USERNAME, displayName: settings.ADMIN_DISPLAY_NAME, password: settings.ADMIN_PASSWORD },
      topicPrefix: settings.KAFKA_TOPIC_PREFIX,
    });
    process.stdout.write(`${JSON.stringify({ rootUnit: settings.ROOT_UNIT_ID, ...result })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`install failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
