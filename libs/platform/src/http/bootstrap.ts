import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DomainValidationPipe } from '../errors/validation-failed';
import { ErrorResponseFilter } from '../errors/error-response.filter';
import { InboxTransport } from '../messaging/inbox.transport';
import { documentRefusals } from './error-responses';

export interface ServiceApiDescription {
  title: string;
  description: string;
}

/** Validation, logging, docs and shutdown hooks shared by every service's HTTP application. */
export function configureServiceApp(app: INestApplication, api: ServiceApiDescription): void {
  app.useLogger(app.get(Logger));
  // Security headers on every answer (nosniff, frame and referrer rules, a same-origin CSP that the API
  // docs page works under, no X-Powered-By). CORS stays closed: no browser page of another origin may
  // call a service; the console reaches them through its own origin.
  // Services speak plain HTTP behind whatever terminates TLS, so pages they serve (the API docs) must not
  // ask the browser to upgrade their own scripts to https.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // 400 with one message per failed field, e.g. "endDate must not be before startDate", and each field's
  // Chinese message in `errors`; unknown fields are refused.
  app.useGlobalPipes(
    new DomainValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
    }),
  );
  // Every refusal, from any layer, answers one shape: code, English and Chinese message, the field at fault.
  app.useGlobalFilters(new ErrorResponseFilter(app.get(HttpAdapterHost).httpAdapter));
  const document = buildServiceDocument(app, api);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/**
 * The service's OpenAPI document: what /docs shows and /docs-json serves, and what the console's API
 * client is generated from (scripts/export-openapi.js writes it without starting the service).
 */
export function buildServiceDocument(app: INestApplication, api: ServiceApiDescription): OpenAPIObject {
  return documentRefusals(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(api.title)
        .setDescription(api.description)
        .setVersion('0.1.0')
        // Every route but login, health and the docs needs the token from registration's POST /auth/login.
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
        .addSecurityRequirements('bearer')
        .build(),
    ),
  );
}

/**
 * The service's application: HTTP, and its Kafka consumers as a Nest microservice over the inbox (the
 * `@InboxEvent` handlers of its controllers; see InboxTransport), started by `startAllMicroservices()`.
 */
export async function createServiceApp(module: Type<unknown> | DynamicModule, api: ServiceApiDescription): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  configureServiceApp(app, api);
  app.connectMicroservice({ strategy: app.get(InboxTransport) });
  return app;
}
