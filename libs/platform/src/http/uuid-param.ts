import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidPathParameter } from './http.errors';

/** A route parameter that must be a UUID, refused with 400 and the given message (which starts with its name) otherwise. */
export const uuidParam = (message: string): ParseUUIDPipe =>
  new ParseUUIDPipe({ exceptionFactory: () => new InvalidPathParameter(message.split(' ')[0], 'isUuid', message) });

/** The `:id` of a route whose records are named by UUID. */
export const idParam = uuidParam('id must be a UUID');
