import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { builtInTemplates } from '@lc/scoring';

/**
 * Writes version 1 of each built-in template once. Versions never change after use, so a later
 * change to a built-in form ships as a new code or a new version, never as an edit of version 1.
 */
@Injectable()
export class BuiltInTemplatesSeeder implements OnApplicationBootstrap {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const template of builtInTemplates) {
      await this.dataSource.query(
        `INSERT INTO assessment_templates (id, code, version, name, definition, built_in, created_by)
         VALUES ($1, $2, 1, $3, $4, true, 'system:assessment') ON CONFLICT ON CONSTRAINT one_template_version DO NOTHING`,
        [randomUUID(), template.code, template.name, JSON.stringify(template)],
      );
    }
  }
}
