import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const WORKFLOW_BUNDLE_FILE = 'workflow-bundle.js';

/**
 * Where a worker gets its workflow code: the bundle built ahead of time when running from compiled
 * output (fast start, no bundler at run time), else the sources, bundled when the worker starts
 * (tests and development).
 */
export function workflowCode(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  const bundle = join(__dirname, WORKFLOW_BUNDLE_FILE);
  if (__filename.endsWith('.js') && existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  // The file itself (workflows.ts under ts-node/jest, workflows.js when compiled): the bundler needs its extension.
  return { workflowsPath: require.resolve('./workflows') };
}
