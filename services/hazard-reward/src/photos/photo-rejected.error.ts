import { BadRequestException } from '@nestjs/common';

/** One refused photo: the form field, its position in that field (from 0) and why, e.g. `photos[2]: is a GIF image; ...`. */
export interface PhotoProblem {
  field: string;
  index: number;
  message: string;
}

/**
 * A 400 naming every refused photo, so a reporter with nine photos fixes them in one go. Nothing of the
 * upload was stored. `message` lists the problems; `problems` has them one by one for the app.
 */
export class PhotoRejectedError extends BadRequestException {
  constructor(readonly problems: PhotoProblem[]) {
    super({
      statusCode: 400,
      error: 'Bad Request',
      message: problems.map((p) => p.message).join('\n'),
      problems,
    });
  }
}

export function photoProblem(field: string, index: number, reason: string): PhotoProblem {
  return { field, index, message: `${field}[${index}]: ${reason}` };
}
