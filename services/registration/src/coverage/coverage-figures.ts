/**
 * Coverage (参赛覆盖面, DOMAIN §2) as numbers: how many of a group of enterprises take part in the
 * period, their share, and how it compares with the target (seed 003: 80% of above-scale enterprises).
 *
 * Definitions, the same in the API description (get-coverage.http.controller.ts):
 * - enterprise: an active enterprise union (企业工会) in the subtree of the requested unit, the unit itself
 *   included. Deactivated enterprises do not count, neither in the total nor as taking part.
 * - taking part in the period [from, to]: the enterprise, or one of its teams, has an enrolment with
 *   status 'enrolled' (not withdrawn) in a competition whose [startDate, endDate] overlaps [from, to]
 *   (both ends inclusive) and whose status is past filing (filed, open, running, assessing or closed: a
 *   draft, or a plan still being filed, is not yet a competition anyone takes part in).
 * - aboveScale / nonPublic / all: the count of such enterprises that are above scale (规模以上), that are
 *   non-public (非公有制), or all of them; how many of those take part; share = taking part ÷ count.
 * - workers: headcount = the sum of the enterprises' recorded headcounts (org_units.headcount).
 *   participants = per enterprise, the largest number of its workers entered in any one competition of
 *   the period, capped at its headcount, summed over the enterprises. Within one competition the units
 *   of an enterprise (the enterprise itself and its teams, each enrolling at most once) are added up:
 *   they are different people. Across competitions the largest is taken, not the sum: the same workers
 *   take part in several competitions, and a worker counts once. The figure is therefore a floor on the
 *   distinct workers who took part, never more than the workforce. rate = participants ÷ headcount
 *   (the participation rate), compared with the target like the shares.
 * - target: a share between 0 and 1 (default 0.8). meetsTarget = share ≥ target. gapPoints = how many
 *   percentage points the share is short of the target, 0 when it meets it.
 * - A group with no enterprises (no above-scale enterprise under a township, say) has no share: share,
 *   meetsTarget and gapPoints are null, not 0%, so that "nothing to cover" is not read as "lagging".
 */

export const DEFAULT_COVERAGE_TARGET = 0.8;

/** Counts for one group of enterprises (a unit's subtree, or a child's), as the query returns them. */
export interface CoverageCounts {
  enterprises: number;
  enterprisesTakingPart: number;
  aboveScale: number;
  aboveScaleTakingPart: number;
  nonPublic: number;
  nonPublicTakingPart: number;
  headcount: number;
  participants: number;
}

export const noCoverage: CoverageCounts = {
  enterprises: 0,
  enterprisesTakingPart: 0,
  aboveScale: 0,
  aboveScaleTakingPart: 0,
  nonPublic: 0,
  nonPublicTakingPart: 0,
  headcount: 0,
  participants: 0,
};

export interface TargetComparison {
  /** Fraction, 0 to 1, rounded to 4 decimals (0.01 percentage point); null when there is nothing to count. */
  share: number | null;
  meetsTarget: boolean | null;
  /** Percentage points short of the target, rounded to 2 decimals; 0 when met; null without a share. */
  gapPoints: number | null;
}

export interface EnterpriseShare extends TargetComparison {
  total: number;
  takingPart: number;
}

export interface WorkerParticipation {
  headcount: number;
  participants: number;
  /** participants ÷ headcount, like a share. */
  rate: number | null;
  meetsTarget: boolean | null;
  gapPoints: number | null;
}

export interface CoverageFigures {
  all: EnterpriseShare;
  aboveScale: EnterpriseShare;
  nonPublic: EnterpriseShare;
  workers: WorkerParticipation;
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** part ÷ whole against the target. The comparison uses the exact quotient, the output is rounded. */
export function compareWithTarget(part: number, whole: number, target: number): TargetComparison {
  if (whole <= 0) return { share: null, meetsTarget: null, gapPoints: null };
  const share = part / whole;
  const meetsTarget = share >= target;
  return { share: round(share, 4), meetsTarget, gapPoints: meetsTarget ? 0 : round((target - share) * 100, 2) };
}

export function coverageFigures(counts: CoverageCounts, target: number): CoverageFigures {
  const share = (total: number, takingPart: number): EnterpriseShare => ({ total, takingPart, ...compareWithTarget(takingPart, total, target) });
  const participation = compareWithTarget(counts.participants, counts.headcount, target);
  return {
    all: share(counts.enterprises, counts.enterprisesTakingPart),
    aboveScale: share(counts.aboveScale, counts.aboveScaleTakingPart),
    nonPublic: share(counts.nonPublic, counts.nonPublicTakingPart),
    workers: {
      headcount: counts.headcount,
      participants: counts.participants,
      rate: participation.share,
      meetsTarget: participation.meetsTarget,
      gapPoints: participation.gapPoints,
    },
  };
}

export function addCounts(a: CoverageCounts, b: CoverageCounts): CoverageCounts {
  return {
    enterprises: a.enterprises + b.enterprises,
    enterprisesTakingPart: a.enterprisesTakingPart + b.enterprisesTakingPart,
    aboveScale: a.aboveScale + b.aboveScale,
    aboveScaleTakingPart: a.aboveScaleTakingPart + b.aboveScaleTakingPart,
    nonPublic: a.nonPublic + b.nonPublic,
    nonPublicTakingPart: a.nonPublicTakingPart + b.nonPublicTakingPart,
    headcount: a.headcount + b.headcount,
    participants: a.participants + b.participants,
  };
}

/**
 * Lagging first: by above-scale share ascending; children without above-scale enterprises (no share)
 * after all others; ties by the share of all enterprises, then by id, so that the order is stable.
 */
export function byAboveScaleShareAscending<T extends { id: string; aboveScale: { share: number | null }; all: { share: number | null } }>(a: T, b: T): number {
  return compareShares(a.aboveScale.share, b.aboveScale.share) || compareShares(a.all.share, b.all.share) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compareShares(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}
