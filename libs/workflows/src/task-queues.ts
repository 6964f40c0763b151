/** Temporal task queues, one per service that runs workers. */
export const TaskQueues = {
  registration: 'registration',
  hazardReward: 'hazard-reward',
  awards: 'awards',
} as const;
