// Bundles each service's workflow code ahead of time so that services start their workers without webpack.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { TaskQueues } from '../src/task-queues';
import { workflowBundleEntry, workflowBundleFile } from '../src/workflow-code';

async function main(): Promise<void> {
  for (const taskQueue of Object.values(TaskQueues)) {
    const { code } = await bundleWorkflowCode({ workflowsPath: join(__dirname, '..', 'src', `${workflowBundleEntry(taskQueue)}.ts`) });
    const target = join(__dirname, '..', 'dist', workflowBundleFile(taskQueue));
    await writeFile(target, code);
    process.stdout.write(`workflow bundle written: ${target} (${(code.length / 1024).toFixed(0)} KiB)\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
