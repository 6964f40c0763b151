import { uuidParam } from '@lc/platform';

/** The `:id` of a user route, refused with 400 unless it is a user id. */
export const userIdPipe = uuidParam('id must be a user id (UUID)');
