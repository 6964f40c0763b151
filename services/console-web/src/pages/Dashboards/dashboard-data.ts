import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ApiError,
  assessment,
  awards,
  hazardReward,
  refusalText,
  registration,
  unwrap,
  type AssessmentApi,
  type AwardsApi,
  type HazardRewardApi,
  type Ok,
  type RegistrationApi,
} from '../../services/api';

export type Coverage = Ok<RegistrationApi['/coverage']['get']>;
export type HazardDashboard = Ok<HazardRewardApi['/dashboards/hazards']['get']>;
export type AssessmentDashboard = Ok<AssessmentApi['/dashboards/assessment']['get']>;
export type HonoursDashboard = Ok<AwardsApi['/dashboards/honours']['get']>;

export interface DashboardData {
  coverage?: Coverage;
  hazards?: HazardDashboard;
  assessment?: AssessmentDashboard;
  honours?: HonoursDashboard;
}

export interface Period {
  from: string;
  to: string;
}

/** The coverage target of seed 003 (80% of above-scale enterprises), as the coverage screen uses by default. */
export const COVERAGE_TARGET = 80;

/**
 * The four services' dashboards of one unit and period, asked at once; with `pollMs`, asked again that
 * often, keeping the figures on screen while the next answers come. A service that refuses leaves its
 * charts out and says why.
 */
export function useDashboardData(unitId: string, period: Period, pollMs?: number) {
  const [data, setData] = useState<DashboardData>({});
  const [loading, setLoading] = useState(true);
  const [updatedAt, setUpdatedAt] = useState<Date>();
  const [errors, setErrors] = useState<string[]>([]);
  const asked = useRef(0);

  const load = useCallback(async () => {
    const ask = ++asked.current;
    const query = { unitId, from: period.from, to: period.to };
    const answers = await Promise.allSettled([
      unwrap(registration.GET('/coverage', { params: { query: { orgUnitId: unitId, from: period.from, to: period.to, target: COVERAGE_TARGET / 100 } } })),
      unwrap(hazardReward.GET('/dashboards/hazards', { params: { query } })),
      unwrap(assessment.GET('/dashboards/assessment', { params: { query } })),
      unwrap(awards.GET('/dashboards/honours', { params: { query } })),
    ]);
    // A slower answer to an earlier question (another unit, another period) is not shown.
    if (ask !== asked.current) return;
    const [coverage, hazards, assessmentFigures, honours] = answers.map((a) => (a.status === 'fulfilled' ? a.value : undefined));
    setData({
      coverage: coverage as Coverage | undefined,
      hazards: hazards as HazardDashboard | undefined,
      assessment: assessmentFigures as AssessmentDashboard | undefined,
      honours: honours as HonoursDashboard | undefined,
    });
    setErrors(answers.flatMap((a) => (a.status === 'rejected' ? [a.reason instanceof ApiError ? refusalText(a.reason.refusal) : String(a.reason)] : [])));
    setUpdatedAt(new Date());
    setLoading(false);
  }, [unitId, period.from, period.to]);

  useEffect(() => {
    setLoading(true);
    void load();
    if (!pollMs) return undefined;
    const timer = window.setInterval(() => void load(), pollMs);
    return () => window.clearInterval(timer);
  }, [load, pollMs]);

  return { data, loading, updatedAt, errors };
}
