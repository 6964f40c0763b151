import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { keptPath } from '../access/pseudonymous-paths';
import { correlationIdOf } from './correlation-id';

export interface RequestLoggingOptions {
  /** The service's name, on every line. */
  service: string;
  level: string;
  /** Routes logged without ids (see pseudonymous-paths.ts). */
  pseudonymousPaths?: readonly RegExp[];
}

/**
 * JSON logs with one line per request. A request's line names the route, never who sent it: no client
 * address or port, no headers (authorization, cookies, forwarded-for, the device's user agent), and on
 * pseudonymous routes no ids, not even the request's own (an app may send one correlation id with
 * requests that name the user). Who did what is the audit trail's job, which keeps it deliberately.
 */
export function requestLoggerModule(options: RequestLoggingOptions): DynamicModule {
  const patterns = options.pseudonymousPaths ?? [];
  return LoggerModule.forRoot({
    pinoHttp: {
      level: options.level,
      base: { service: options.service },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => {
          const { path, pseudonymised } = keptPath(req.url, patterns);
          return pseudonymised ? { method: req.method, url: path } : { id: req.id, method: req.method, url: path };
        },
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      genReqId: (req, res) => correlationIdOf(req, res),
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') === true },
    },
  });
}
