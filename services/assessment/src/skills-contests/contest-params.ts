import { uuidParam } from '@lc/platform';

/** The `:userId` of a judge or contestant: a registration user id. */
export const userIdParam = uuidParam('userId must be a user id (UUID)');

/** The `:contestantId` of a score: the contestant's user id. */
export const contestantIdParam = uuidParam('contestantId must be the user id (UUID) of a contestant');
