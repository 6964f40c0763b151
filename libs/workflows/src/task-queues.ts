/** Temporal task queues, one per service that runs workers; each has its own workflow bundle. */
export const TaskQueues = {
  registration: 'registration',
  hazardReward: 'hazard-reward',
  awards: 'awards',
} as const;

export type TaskQueue = (typeof TaskQueues)[keyof typeof TaskQueues];
