import { DynamicModule, INestApplication, Type, ValidationPipe } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DatabaseUnavailableFilter } from './database-unavailable.filter';

export interface ServiceApiDescription {
  title: string;
  description: string;
}

/** Validation, logging, docs and shutdown hooks shared by every service's HTTP application. */
export function configureServiceApp(app: INestApplication, api: ServiceApiDescription): void {
  app.useLogger(app.get(Logger));
  // 400 with one message per failed field, e.g. "endDate must not be before startDate"; unknown fields are refused.
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
    }),
  );
  app.useGlobalFilters(new DatabaseUnavailableFilter(app.get(HttpAdapterHost).httpAdapter));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(api.title)
      .setDescription(api.description)
      .setVersion('0.1.0')
      // Every route but login, health and the docs needs the token from registration's POST /auth/login.
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

export async function createServiceApp(module: Type<unknown> | DynamicModule, api: ServiceApiDescription): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  configureServiceApp(app, api);
  return app;
}
