import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TaskQueue } from './task-queues';

/** The file a service's workflow bundle is built into, beside this module in dist/. */
export const workflowBundleFile = (taskQueue: TaskQueue): string => `${taskQueue}.workflow-bundle.js`;

/** The entry of a service's workflow bundle: only the workflows its worker runs. */
export const workflowBundleEntry = (taskQueue: TaskQueue): string => join('bundles', `${taskQueue}.workflows`);

/**
 * Where a service's worker gets its workflow code, only its own workflows: the bundle built ahead of
 * time when running from compiled output (fast start, no bundler at run time), else its entry's
 * sources, bundled when the worker starts (tests and development).
 */
export function workflowCode(taskQueue: TaskQueue): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  const bundle = join(__dirname, workflowBundleFile(taskQueue));
  if (__filename.endsWith('.js') && existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  // The file itself (.ts under ts-node/jest, .js when compiled): the bundler needs its extension.
  return { workflowsPath: require.resolve(`./${workflowBundleEntry(taskQueue)}`) };
}
