import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { addCounts, byAboveScaleShareAscending, CoverageCounts, coverageFigures, noCoverage } from '../../coverage-figures';
import { ChildCoverageDto, CoverageResponseDto } from '../../coverage.response.dto';
import { GetCoverageRequestDto } from './get-coverage.request.dto';

/**
 * One statement for the unit and all its direct children (definitions in coverage-figures.ts):
 *
 * - enterprises: the active enterprise unions of the subtree, found by the path prefix
 *   (org_units_path_idx, text_pattern_ops), each labelled with the direct child of the requested unit it
 *   lies under (the first id after the unit's path; '' for the unit itself);
 * - counted: the competitions that overlap the period and are past filing (a handful);
 * - per_competition / taking_part: the 'enrolled' enrolments of those enterprises in those competitions
 *   (enrolments_enterprise_idx: enterprise_unit_id, competition_id), added up per enterprise and
 *   competition, then the largest competition per enterprise;
 * - grouped by child, joined to the active non-team children (org_units_parent_idx) so that a child with
 *   no enterprise is listed too. Totals are the sum over the groups, the unit's own group included.
 *
 * $1 path, $2 LIKE pattern of the descendants, $3 where the child id starts in a descendant's path,
 * $4 from, $5 to, $6 the unit's id.
 */
const coverageSql = `
WITH enterprises AS (
  SELECT u.id, u.above_scale, u.ownership, u.headcount,
         split_part(substr(u.path, $3::int), '/', 1) AS child_id
    FROM org_units u
   WHERE (u.path = $1 OR u.path LIKE $2)
     AND u.kind = 'enterprise_union'
     AND u.active
),
counted AS (
  SELECT c.id
    FROM competitions c
   WHERE c.status NOT IN ('draft', 'filing')
     AND c.start_date <= $5::date
     AND c.end_date >= $4::date
),
per_competition AS (
  SELECT en.enterprise_unit_id, sum(en.participants) AS participants
    FROM enrolments en
    JOIN counted ON counted.id = en.competition_id
   WHERE en.status = 'enrolled'
     AND en.enterprise_unit_id IN (SELECT id FROM enterprises)
   GROUP BY en.enterprise_unit_id, en.competition_id
),
taking_part AS (
  SELECT enterprise_unit_id, max(participants) AS participants
    FROM per_competition
   GROUP BY enterprise_unit_id
),
grouped AS (
  SELECT e.child_id,
         count(*)::int                                                         AS enterprises,
         count(t.enterprise_unit_id)::int                                      AS enterprises_taking_part,
         count(*) FILTER (WHERE e.above_scale)::int                            AS above_scale,
         count(t.enterprise_unit_id) FILTER (WHERE e.above_scale)::int         AS above_scale_taking_part,
         count(*) FILTER (WHERE e.ownership = 'non_public')::int               AS non_public,
         count(t.enterprise_unit_id) FILTER (WHERE e.ownership = 'non_public')::int AS non_public_taking_part,
         coalesce(sum(e.headcount), 0)::bigint                                 AS headcount,
         -- least() skips NULLs: an enterprise not taking part must add 0, not its headcount.
         coalesce(sum(least(coalesce(t.participants, 0), e.headcount)), 0)::bigint AS participants
    FROM enterprises e
    LEFT JOIN taking_part t ON t.enterprise_unit_id = e.id
   GROUP BY e.child_id
),
children AS (
  SELECT ch.id, ch.name, ch.kind
    FROM org_units ch
   WHERE ch.parent_id = $6
     AND ch.active
     AND ch.kind <> 'team'
)
SELECT children.id AS child_id, children.name AS child_name, children.kind AS child_kind,
       g.enterprises, g.enterprises_taking_part, g.above_scale, g.above_scale_taking_part,
       g.non_public, g.non_public_taking_part, g.headcount, g.participants
  FROM children
  FULL JOIN grouped g ON g.child_id = children.id`;

interface CoverageRow {
  /** The child, or null for the group of the unit itself. */
  child_id: string | null;
  child_name: string | null;
  child_kind: string | null;
  /** Null for a child without enterprises. */
  enterprises: number | null;
  enterprises_taking_part: number | null;
  above_scale: number | null;
  above_scale_taking_part: number | null;
  non_public: number | null;
  non_public_taking_part: number | null;
  /** bigint: text from the driver. */
  headcount: string | null;
  participants: string | null;
}

function countsOf(row: CoverageRow): CoverageCounts {
  if (row.enterprises === null) return noCoverage;
  return {
    enterprises: row.enterprises,
    enterprisesTakingPart: row.enterprises_taking_part ?? 0,
    aboveScale: row.above_scale ?? 0,
    aboveScaleTakingPart: row.above_scale_taking_part ?? 0,
    nonPublic: row.non_public ?? 0,
    nonPublicTakingPart: row.non_public_taking_part ?? 0,
    headcount: Number(row.headcount ?? 0),
    participants: Number(row.participants ?? 0),
  };
}

@Injectable()
export class GetCoverageQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  async execute(request: GetCoverageRequestDto, caller: Caller): Promise<CoverageResponseDto> {
    const unit = request.orgUnitId
      ? await this.directory.getReferenced(request.orgUnitId, 'orgUnitId')
      : await this.directory.get(caller.principal.orgUnitId, 'orgUnitId');
    await this.scope.assert(caller, 'read', { orgPath: unit.path });

    const rows: CoverageRow[] = await this.dataSource.query(coverageSql, [
      unit.path,
      descendantsLikePattern(unit.path),
      unit.path.length + 2,
      request.from,
      request.to,
      unit.id,
    ]);

    let total = noCoverage;
    const byChild: ChildCoverageDto[] = [];
    for (const row of rows) {
      const counts = countsOf(row);
      total = addCounts(total, counts);
      if (row.child_id !== null && row.child_name !== null && row.child_kind !== null) {
        byChild.push({ id: row.child_id, name: row.child_name, kind: row.child_kind, ...coverageFigures(counts, request.target) });
      }
    }
    byChild.sort(byAboveScaleShareAscending);

    return {
      orgUnit: { id: unit.id, name: unit.name, kind: unit.kind, path: unit.path },
      period: { from: request.from, to: request.to },
      target: request.target,
      ...coverageFigures(total, request.target),
      byChild,
    };
  }
}
