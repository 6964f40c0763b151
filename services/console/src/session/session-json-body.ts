import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { consoleErrorBody } from '../errors/console-error';

/** A login or password change is a few short fields. */
const LIMIT_BYTES = 16 * 1024;

/**
 * Parses JSON bodies of /api/session only: everything else under /api is streamed to a service
 * untouched. A body that is not JSON, or too long, is refused here in the console's shape.
 */
@Injectable()
export class SessionJsonBodyMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    readJsonBody(req, res, next);
  }
}

function readJsonBody(req: Request, res: Response, next: NextFunction): void {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    req.body = undefined;
    next();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > LIMIT_BYTES) {
      refused = true;
      res.status(413).set('connection', 'close').json(consoleErrorBody('body-too-large'));
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused) return;
    try {
      req.body = size === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.status(400).json(consoleErrorBody('invalid-body'));
      return;
    }
    next();
  });
  req.on('error', next);
}
