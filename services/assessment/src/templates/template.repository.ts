import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { formProblemsRefused } from '@lc/platform';
import { randomUUID } from 'node:crypto';
import { TemplateDefinition, validateTemplate } from '@lc/scoring';
import { TemplateRow } from './template.row';
import { TemplateNotFound } from './template.errors';

/** The template versions: every statement on `assessment_templates`, and the check of a definition before any version is written. */
@Injectable()
export class TemplateRepository {
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

  /** The latest version of every template. */
  latestVersions(): Promise<TemplateRow[]> {
    return this.dataSource.query(`SELECT DISTINCT ON (code) * FROM assessment_templates ORDER BY code, version DESC`);
  }

  /** Version 1 of a built-in form, unless it is there already. */
  async seedBuiltIn(definition: TemplateDefinition): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO assessment_templates (id, code, version, name, definition, built_in, created_by)
         VALUES ($1, $2, 1, $3, $4, true, 'system:assessment') ON CONFLICT ON CONSTRAINT one_template_version DO NOTHING`,
      [randomUUID(), definition.code, definition.name, JSON.stringify(definition)],
    );
  }

  /** Version 1 of a union's own template; undefined when the code is taken. */
  async createFirstVersion(
    tx: EntityManager,
    id: string,
    definition: TemplateDefinition,
    owner: { unitId: string; path: string },
    createdBy: string,
  ): Promise<TemplateRow | undefined> {
    const [inserted]: TemplateRow[] = await tx.query(
      `INSERT INTO assessment_templates (id, code, version, name, definition, owner_unit_id, owner_path, created_by)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT one_template_version DO NOTHING RETURNING *`,
      [id, definition.code, definition.name, JSON.stringify(definition), owner.unitId, owner.path, createdBy],
    );
    return inserted;
  }

  /** Revisions of one code wait for each other, until the transaction ends. */
  async lockCode(tx: EntityManager, code: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('assessment-template:' || $1))`, [code]);
  }

  /** The next version of the template, with the owner of the one it follows. */
  async addVersion(tx: EntityManager, latest: TemplateRow, definition: TemplateDefinition, createdBy: string): Promise<TemplateRow> {
    const [saved]: TemplateRow[] = await tx.query(
      `INSERT INTO assessment_templates (id, code, version, name, definition, owner_unit_id, owner_path, created_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [randomUUID(), latest.code, latest.version + 1, definition.name, JSON.stringify(definition), latest.owner_unit_id, latest.owner_path, createdBy],
    );
    return saved;
  }

  /** The version changed in place: only while no sheet uses it. */
  async editInPlace(tx: EntityManager, id: string, definition: TemplateDefinition): Promise<TemplateRow> {
    // An UPDATE … RETURNING answers [rows, count].
    const [[saved]]: [TemplateRow[], number] = await tx.query(`UPDATE assessment_templates SET name = $2, definition = $3 WHERE id = $1 RETURNING *`, [
      id,
      definition.name,
      JSON.stringify(definition),
    ]);
    return saved;
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
