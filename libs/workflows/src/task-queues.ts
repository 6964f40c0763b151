/** Temporal task queues, one per service that runs workers. */
export const TaskQueues = {
  registration: 'registration',
} as const;
