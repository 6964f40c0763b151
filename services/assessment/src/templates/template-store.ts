import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { formProblemsRefused } from '@lc/platform';
import { TemplateDefinition, validateTemplate } from '@lc/scoring';
import { TemplateRow } from './template-row';
import { TemplateNotFound } from './template.errors';

/** Reads template versions, and checks a definition before any version is written. */
@Injectable()
export class TemplateStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<TemplateRow> {
    const [row]: TemplateRow[] = await manager.query(`SELECT * FROM assessment_templates WHERE id = $1`, [id]);
    if (!row) throw new TemplateNotFound(`there is no template version ${id}`);
    return row;
  }

  /** The given version, or the latest one. */
  async byCode(code: string, version?: number, field = 'code', manager: EntityManager = this.dataSource.manager): Promise<TemplateRow> {
    const [row]: TemplateRow[] = await manager.query(
      `SELECT * FROM assessment_templates WHERE code = $1 AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1`,
      [code, version ?? null],
    );
    if (!row) throw new TemplateNotFound(`${field}: there is no template '${code}'${version ? ` in version ${version}` : ''}`, field);
    return row;
  }

  /** Whether a sheet was opened on this version: such a version never changes again. */
  async isUsed(templateId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row]: unknown[] = await manager.query(`SELECT 1 FROM assessment_sheets WHERE template_id = $1 LIMIT 1`, [templateId]);
    return row !== undefined;
  }

  /** 400 listing every problem of the definition, each with its path. */
  assertValid(definition: TemplateDefinition): void {
    const problems = validateTemplate(definition);
    if (problems.length > 0) {
      throw formProblemsRefused(problems.map((p) => `definition.${p.path}: ${p.message}`));
    }
  }
}
