// Generates the console's API types from the services' OpenAPI specs (openapi/<service>.json, kept in
// step with the running services by the e2e contract test). A route whose shape changes changes these
// types, so the console's type check fails at build time instead of a screen failing in use.
import openapiTS, { astToString } from 'openapi-typescript';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const services = ['registration', 'hazard-reward', 'assessment', 'awards'];
const out = new URL('../src/services/generated/', import.meta.url);
await mkdir(out, { recursive: true });
for (const service of services) {
  const spec = JSON.parse(await readFile(new URL(`../openapi/${service}.json`, import.meta.url), 'utf8'));
  const ast = await openapiTS(spec);
  const header = `// Generated from openapi/${service}.json by scripts/generate-api.mjs. Do not edit.\n`;
  await writeFile(new URL(`${service}.ts`, out), header + astToString(ast));
}
