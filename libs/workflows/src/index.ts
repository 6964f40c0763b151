// Types, names and the location of workflow code. Workflow functions themselves are loaded by the
// worker from its service's bundle entry (bundles/<task queue>.workflows.ts), never imported by services.
export * from './task-queues';
export * from './workflow-code';
export * from './approval-chain';
export * from './hazard';
export * from './awards';
