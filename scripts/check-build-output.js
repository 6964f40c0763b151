#!/usr/bin/env node
// Checks what the build leaves in each project's dist/ (run after the build; scripts/test.sh does):
// - no spec is compiled into any dist/;
// - every service's worker has its own workflow bundle, holding its own workflows and no other
//   service's (libs/workflows/src/bundles/<task queue>.workflows.ts).
// Exit 1 with the reasons when one does not hold.
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const problems = [];

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

for (const group of ['libs', 'services']) {
  for (const project of readdirSync(join(root, group))) {
    const dist = join(root, group, project, 'dist');
    if (!existsSync(dist)) continue;
    for (const file of filesUnder(dist)) if (/\.(spec|test)\.[cm]?js(\.map)?$/.test(file)) problems.push(`a spec in dist: ${relative(root, file)}`);
  }
}

const workflowsDist = join(root, 'libs', 'workflows', 'dist');
const bundlesSrc = join(root, 'libs', 'workflows', 'src', 'bundles');
const exported = (entry) => [...readFileSync(join(bundlesSrc, entry), 'utf8').matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]);
const entries = readdirSync(bundlesSrc).filter((f) => f.endsWith('.workflows.ts'));
const allWorkflows = new Set(entries.flatMap(exported));
if (entries.length === 0) problems.push('no workflow bundle entries in libs/workflows/src/bundles');
if (existsSync(join(workflowsDist, 'workflow-bundle.js'))) problems.push('libs/workflows/dist/workflow-bundle.js: one bundle of every workflow');
for (const entry of entries) {
  const taskQueue = entry.replace(/\.workflows\.ts$/, '');
  const bundle = join(workflowsDist, `${taskQueue}.workflow-bundle.js`);
  if (!existsSync(bundle)) {
    problems.push(`no workflow bundle for ${taskQueue}: ${relative(root, bundle)}`);
    continue;
  }
  const code = readFileSync(bundle, 'utf8');
  const own = new Set(exported(entry));
  for (const name of allWorkflows) {
    const inBundle = new RegExp(`\\bfunction ${name}\\(`).test(code);
    if (own.has(name) && !inBundle) problems.push(`${taskQueue}'s workflow bundle lacks ${name}`);
    if (!own.has(name) && inBundle) problems.push(`${taskQueue}'s workflow bundle holds ${name}, another service's workflow`);
  }
}

if (problems.length > 0) {
  process.stderr.write(`build output:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('build output: no specs in dist, one workflow bundle per service with its own workflows\n');
