import type { TemplateDefinition } from '@lc/scoring';

/** A stored version of a scoring template. */
export interface TemplateRow {
  id: string;
  code: string;
  version: number;
  name: string;
  definition: TemplateDefinition;
  built_in: boolean;
  owner_unit_id: string | null;
  owner_path: string | null;
  created_at: Date;
}

export const templateView = (row: TemplateRow) => ({
  id: row.id,
  code: row.code,
  version: row.version,
  name: row.name,
  builtIn: row.built_in,
  ownerUnitId: row.owner_unit_id,
  createdAt: row.created_at.toISOString(),
  definition: row.definition,
});
