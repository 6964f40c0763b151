// Writes each service's OpenAPI spec to services/console-web/openapi/<service>.json, the files the
// console's typed API client is generated from. The spec is built from the compiled services (run the
// build first) the way each service builds its /docs-json, without connecting to anything: the
// application is created in preview mode, so no provider runs. Keys are sorted, so a change to the API
// shows in a diff as what changed and nothing else.
//   node scripts/export-openapi.js [--check]   --check: exit 1 if a committed file differs, writing nothing
'use strict';

require('reflect-metadata');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const outputDir = path.join(root, 'services', 'console-web', 'openapi');

const services = {
  registration: () => ({
    schema: require(`${root}/services/registration/dist/config/registration-config`).registrationConfigSchema,
    ...pick(require(`${root}/services/registration/dist/registration.module`), 'RegistrationModule', 'REGISTRATION_API'),
  }),
  'hazard-reward': () => ({
    schema: require(`${root}/services/hazard-reward/dist/config/hazard-reward-config`).hazardRewardConfigSchema,
    ...pick(require(`${root}/services/hazard-reward/dist/hazard-reward.module`), 'HazardRewardModule', 'HAZARD_REWARD_API'),
  }),
  assessment: () => ({
    schema: require('@lc/platform').serviceConfigSchema,
    ...pick(require(`${root}/services/assessment/dist/assessment.module`), 'AssessmentModule', 'ASSESSMENT_API'),
  }),
  awards: () => ({
    schema: require(`${root}/services/awards/dist/config/awards-config`).awardsConfigSchema,
    ...pick(require(`${root}/services/awards/dist/awards.module`), 'AwardsModule', 'AWARDS_API'),
  }),
};

function pick(exports, moduleName, apiName) {
  return { module: exports[moduleName], api: exports[apiName] };
}

/** Settings that pass each service's config validation; nothing is connected to in preview mode. */
function placeholderEnvironment() {
  const pem = (key, type) => key.export({ type, format: 'pem' }).toString();
  const auth = crypto.generateKeyPairSync('ed25519');
  const audit = crypto.generateKeyPairSync('ed25519');
  return {
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://spec:spec@127.0.0.1:1/spec',
    KAFKA_BROKERS: '127.0.0.1:1',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    AUTH_PUBLIC_KEY: pem(auth.publicKey, 'spki'),
    AUTH_PRIVATE_KEY: pem(auth.privateKey, 'pkcs8'),
    AUDIT_SIGNING_KEY: pem(audit.privateKey, 'pkcs8'),
    REPORTER_TAG_KEY: crypto.randomBytes(32).toString('hex'),
  };
}

/** Objects with their keys in order, at every depth; arrays keep theirs (it can mean something). */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}

/** The spec as written to its file: sorted keys, two-space indent, a final newline. */
function specText(spec) {
  return `${JSON.stringify(sortKeys(spec), null, 2)}\n`;
}

async function buildSpec(name) {
  const { NestFactory } = require('@nestjs/core');
  const { buildServiceDocument, loadConfig } = require('@lc/platform');
  const { schema, module, api } = services[name]();
  const app = await NestFactory.create(module.forRoot(loadConfig(schema, placeholderEnvironment())), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return buildServiceDocument(app, api);
  } finally {
    await app.close();
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  fs.mkdirSync(outputDir, { recursive: true });
  for (const name of Object.keys(services)) {
    const file = path.join(outputDir, `${name}.json`);
    const text = specText(await buildSpec(name));
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (committed === text) continue;
    if (check) stale.push(path.relative(root, file));
    else fs.writeFileSync(file, text);
  }
  if (stale.length > 0) {
    process.stderr.write(`out of date: ${stale.join(', ')}; run node scripts/export-openapi.js\n`);
    process.exit(1);
  }
}

module.exports = { specText, sortKeys, buildSpec };

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
