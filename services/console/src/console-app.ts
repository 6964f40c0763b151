import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { CONSOLE_CONFIG } from './config/console-config.token';
import type { ConsoleConfig } from './config/console-config';
import { ConsoleErrorFilter } from './errors/console-error.filter';
import { sessionJsonBody } from './session/session-json-body';
import { staticApp } from './static-app/static-app';

/**
 * The console's HTTP application. No global body parser: bodies under /api/<service>/ are streamed to
 * the service as they are; only /api/session's small JSON is read here.
 */
export async function createConsoleApp(module: DynamicModule): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  const config = app.get<ConsoleConfig>(CONSOLE_CONFIG);
  app.disable('x-powered-by');
  app.use(
    helmet({
      xFrameOptions: { action: 'deny' },
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd's CSS-in-JS writes <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.use('/api/session', sessionJsonBody);
  app.use(staticApp(config.CONSOLE_WEB_DIST));
  app.useGlobalFilters(new ConsoleErrorFilter());
  return app;
}
