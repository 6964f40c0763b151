import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { entityTrail } from '@lc/audit';
import { OrgDirectory } from '../org-tree/org-directory';
import { caseFileEntries, caseFileVerification, ConcealedActors, REPORTER_ACTOR, SYSTEM_ACTOR } from './case-file-entries';
import { CaseFileDto, CaseFileKind, CaseFileLinkDto } from './case-file.response.dto';

export interface CaseFileSubject {
  kind: CaseFileKind;
  id: string;
  title: string;
  unitId: string;
  status: string;
  links: CaseFileLinkDto[];
  /** The audit entities whose entries make up the file: the item, its linked records, its approval items. */
  entities: { type: string; id: string }[];
  concealed?: ConcealedActors;
}

/**
 * Builds a case file (全程档案) from the service's own audit trail: every entry about the item's
 * records, each checked against the hash chain, with the actors' and units' names from the service's
 * copies of users and of the tree. The caller has checked that the viewer may read the item.
 */
@Injectable()
export class CaseFileAssembler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
  ) {}

  async assemble(subject: CaseFileSubject): Promise<CaseFileDto> {
    const trail = await entityTrail(this.dataSource, subject.entities);
    const userIds = [...new Set(trail.map((t) => t.entry.actor.userId))].filter((id) => !SYSTEM_ACTOR.test(id) && !REPORTER_ACTOR.test(id));
    const users: { id: string; display_name: string }[] =
      userIds.length === 0 ? [] : await this.dataSource.query(`SELECT id, display_name FROM user_directory WHERE id = ANY($1::text[])`, [userIds]);
    const unitIds = [...new Set([subject.unitId, ...trail.map((t) => t.entry.actor.orgUnitId)])];
    const units = new Map<string, string>();
    for (const id of unitIds) {
      const unit = await this.directory.find(id);
      if (unit) units.set(id, unit.name);
    }
    const entries = caseFileEntries(trail, { users: new Map(users.map((u) => [u.id, u.display_name])), units }, subject.concealed);
    return {
      kind: subject.kind,
      id: subject.id,
      title: subject.title,
      unit: { id: subject.unitId, name: units.get(subject.unitId) ?? null },
      status: subject.status,
      links: subject.links,
      entries,
      verification: caseFileVerification(entries),
      generatedAt: new Date().toISOString(),
    };
  }
}
