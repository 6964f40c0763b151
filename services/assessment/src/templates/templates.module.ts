import { Global, Module } from '@nestjs/common';
import { BuiltInTemplatesSeeder } from './built-in-templates.seeder';
import { CreateTemplateHttpController } from './commands/create-template/create-template.http.controller';
import { ReviseTemplateHttpController } from './commands/revise-template/revise-template.http.controller';
import { TemplatesHttpController } from './queries/templates.http.controller';
import { TemplateRepository } from './template.repository';

/** Versioned scoring templates (考核评价表), the built-in forms among them. */
@Global()
@Module({
  controllers: [TemplatesHttpController, CreateTemplateHttpController, ReviseTemplateHttpController],
  providers: [TemplateRepository, BuiltInTemplatesSeeder],
  exports: [TemplateRepository],
})
export class TemplatesModule {}
