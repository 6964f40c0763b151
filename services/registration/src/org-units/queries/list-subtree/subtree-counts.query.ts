import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

/** What stands under a unit, as the tree shows it beside the unit's name. Active units only. */
export class SubtreeCountsDto {
  @ApiProperty({ description: 'Enterprise unions at or under the unit (企业)', example: 12 }) enterprises: number;
  @ApiProperty({ description: 'Teams at or under the unit (班组)', example: 40 }) teams: number;
  @ApiProperty({ description: "Workers of those enterprises, by their stated headcount (职工人数)", example: 3460 }) headcount: number;
}

interface UnitForCounts {
  id: string;
  path: string;
  kind: string;
  headcount: number | null;
}

/**
 * Counts for a page of units in one query. Descendants are found by a range of the path index
 * (`path/` up to `path0`, '0' being the character after '/'), which the text_pattern_ops index serves
 * for each unit in turn; a LIKE with a pattern built per row could not use it. The unit itself is added
 * here rather than in SQL, so that a sibling whose id merely starts with the unit's is never counted.
 */
export async function subtreeCounts(dataSource: DataSource, units: UnitForCounts[]): Promise<Map<string, SubtreeCountsDto>> {
  const counts = new Map<string, SubtreeCountsDto>(
    units.map((u) => [
      u.id,
      { enterprises: u.kind === 'enterprise_union' ? 1 : 0, teams: u.kind === 'team' ? 1 : 0, headcount: u.kind === 'enterprise_union' ? (u.headcount ?? 0) : 0 },
    ]),
  );
  if (units.length === 0) return counts;
  const rows: { id: string; enterprises: number; teams: number; headcount: number }[] = await dataSource.query(
    `SELECT c.id,
            count(*) FILTER (WHERE d.kind = 'enterprise_union')::int AS enterprises,
            count(*) FILTER (WHERE d.kind = 'team')::int AS teams,
            coalesce(sum(d.headcount) FILTER (WHERE d.kind = 'enterprise_union'), 0)::int AS headcount
       FROM unnest($1::text[], $2::text[]) AS c (id, path)
       JOIN org_units d ON d.path ~>=~ (c.path || '/') AND d.path ~<~ (c.path || '0') AND d.active
      GROUP BY c.id`,
    [units.map((u) => u.id), units.map((u) => u.path)],
  );
  for (const row of rows) {
    const own = counts.get(row.id);
    if (!own) continue;
    counts.set(row.id, { enterprises: own.enterprises + row.enterprises, teams: own.teams + row.teams, headcount: own.headcount + row.headcount });
  }
  return counts;
}
