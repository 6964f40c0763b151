import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** The `:id` of a user route, refused with 400 unless it is a user id. */
export const userIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('id must be a user id (UUID)') });
