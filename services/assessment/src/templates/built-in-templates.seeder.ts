import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { builtInTemplates } from '@lc/scoring';
import { TemplateRepository } from './template.repository';

/**
 * Writes version 1 of each built-in template once. Versions never change after use, so a later
 * change to a built-in form ships as a new code or a new version, never as an edit of version 1.
 */
@Injectable()
export class BuiltInTemplatesSeeder implements OnApplicationBootstrap {
  constructor(private readonly templates: TemplateRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const template of builtInTemplates) {
      await this.templates.seedBuiltIn(template);
    }
  }
}
