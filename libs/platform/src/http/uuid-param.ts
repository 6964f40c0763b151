import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** A route parameter that must be a UUID, refused with 400 and the given message otherwise. */
export const uuidParam = (message: string): ParseUUIDPipe =>
  new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(message) });

/** The `:id` of a route whose records are named by UUID. */
export const idParam = uuidParam('id must be a UUID');
