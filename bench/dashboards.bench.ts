/**
 * Dashboard benchmark: the dashboards of hazard-reward, assessment and awards, and registration's
 * coverage, over a generated city (bench/generate-city.ts: 20,000 enterprises, 1,000,000 workers) in a
 * throwaway database, for the whole city, one county and one township. Each is warmed up, then timed
 * 5 times; p50 and max per dashboard and level (target: under 300 ms each).
 *
 *   npm run bench:dashboards    (BENCH_ENTERPRISES=n, BENCH_WORKERS=n; BENCH_REPORTS_PER_ENTERPRISE=5)
 *
 * The services' facts are generated in proportion to the city, straight into their schemas (data
 * loading, not use of the application: no events, no audit entries), for the year 2026:
 * - each service's copy of the tree: registration's units;
 * - hazard reports: 5 per active enterprise over the year; 65% confirmed (10% of them major), 20% not
 *   verified yet, 15% rejected; each confirmed one in the archive with a 30-day deadline, 60% closed
 *   (some after the deadline), and rewarded by its county or industry union (70% paid); a budget per union
 *   under the city and the city's own;
 * - assessment: the city's labour competition on the 工人先锋号 form, a sheet per active enterprise, 70%
 *   finalised over the year with scores from 50 to 100;
 * - honours: 5% of the enterprises conferred 五一劳动奖状 and 5% of the teams 工人先锋号 (city) or 县级工人先锋号
 *   (county), and as many nominations again still under way.
 *
 * Uses the built services (build first). Prints its figures as JSON; asserts nothing.
 */
import { hazardRewardEnv, serviceEnv, startService } from '@lc/testing';
import { startBenchCity, timeGet } from './bench-city';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 20_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1_000_000);
const REPORTS_PER_ENTERPRISE = Number(process.env.BENCH_REPORTS_PER_ENTERPRISE ?? 5);
const RUNS = 5;
const PERIOD = 'from=2026-01-01&to=2026-12-31';

async function main(): Promise<void> {
  const bench = await startBenchCity('benchdashboards', { enterprises: ENTERPRISES, workers: WORKERS });
  const { sql, env, city } = bench;
  try {
    const [hazardReward, assessment, awards] = await Promise.all([
      startService('hazard-reward', { ...hazardRewardEnv(env), LOG_LEVEL: 'error' }),
      startService('assessment', { ...serviceEnv(env), LOG_LEVEL: 'error' }),
      startService('awards', { ...serviceEnv(env), LOG_LEVEL: 'error' }),
    ]);
    bench.started.push(hazardReward, assessment, awards);
    const began = Date.now();
    await sql.query(`SELECT setseed(0.2026)`);
    for (const schema of ['hazard_reward', 'assessment', 'awards']) {
      await sql.query(
        `INSERT INTO ${schema}.org_tree_units (id, kind, name, parent_id, path, active, version)
         SELECT id, kind, name, parent_id, path, active, version FROM registration.org_units ON CONFLICT (id) DO NOTHING`,
      );
    }
    const enterprises = `SELECT id, path FROM registration.org_units WHERE kind = 'enterprise_union' AND active`;
    // The union under the city on an enterprise's path (a county, an industry or the bureau union).
    const unionOf = (p: string) => `'/city/' || split_part(${p}, '/', 3)`;

    await sql.query(
      `INSERT INTO hazard_reward.hazard_reports (id, enterprise_unit_id, enterprise_path, location, category, description, photos, anonymous, reporter_tag, reported_at, status, grade, verdict_reason)
       SELECT gen_random_uuid(), id, path, '车间', CASE WHEN random() < 0.7 THEN 'accident' ELSE 'occupational' END, '隐患', '[]', false, 'bench',
              timestamptz '2026-01-01 00:00+08' + random() * interval '365 days', status,
              CASE WHEN status = 'confirmed' THEN CASE WHEN random() < 0.1 THEN 'major' ELSE 'general' END END,
              CASE WHEN status = 'rejected' THEN '不属实' END
         FROM (SELECT e.*, CASE WHEN r < 0.65 THEN 'confirmed' WHEN r < 0.85 THEN 'reported' ELSE 'rejected' END AS status
                 FROM (SELECT e.*, random() AS r FROM (${enterprises}) e, generate_series(1, $1) n) e) e`,
      [REPORTS_PER_ENTERPRISE],
    );
    await sql.query(
      `INSERT INTO hazard_reward.hazards (report_id, enterprise_unit_id, enterprise_path, category, grade, status, deadline, closed_at, opened_at, updated_at)
       SELECT id, enterprise_unit_id, enterprise_path, category, grade, CASE WHEN c THEN 'closed' ELSE 'open' END,
              reported_at + interval '30 days', CASE WHEN c THEN reported_at + random() * interval '40 days' END, reported_at, reported_at
         FROM (SELECT r.*, random() < 0.6 AS c FROM hazard_reward.hazard_reports r WHERE status = 'confirmed') r`,
    );
    await sql.query(
      `INSERT INTO hazard_reward.rewards (id, report_id, issuing_unit_id, issuing_path, budget_year, amount_fen, status, created_at, paid_at)
       SELECT gen_random_uuid(), id, split_part(enterprise_path, '/', 3), ${unionOf('enterprise_path')}, 2026,
              CASE WHEN grade = 'major' THEN 200000 ELSE 20000 END, CASE WHEN p THEN 'paid' ELSE 'issued' END, reported_at, CASE WHEN p THEN reported_at END
         FROM (SELECT r.*, random() < 0.7 AS p FROM hazard_reward.hazard_reports r WHERE status = 'confirmed') r`,
    );
    await sql.query(
      `INSERT INTO hazard_reward.reward_budgets (issuing_unit_id, year, issuing_path, total_fen, committed_fen)
       SELECT issuing_unit_id, 2026, issuing_path, sum(amount_fen) * 2, sum(amount_fen) FROM hazard_reward.rewards GROUP BY 1, 3
       UNION ALL SELECT 'city', 2026, '/city', 20000000, 0`,
    );

    const [template] = (await sql.query(`SELECT id FROM assessment.assessment_templates WHERE code = 'pioneer-team-assessment-2018' ORDER BY version DESC LIMIT 1`)).rows;
    const [competition] = (await sql.query(`SELECT id FROM registration.competitions ORDER BY start_date DESC, id LIMIT 1`)).rows;
    await sql.query(`INSERT INTO assessment.competition_assessments (competition_id, template_id, organiser_unit_id, organiser_path, configured_by) VALUES ($1, $2, 'city', '/city', 'bench')`, [
      competition.id,
      template.id,
    ]);
    await sql.query(
      `INSERT INTO assessment.assessment_sheets (id, competition_id, unit_id, unit_path, unit_kind, template_id, status, review_total, passed, finalised_by, finalised_at)
       SELECT gen_random_uuid(), $1, e.id, e.path, 'enterprise_union', $2, CASE WHEN f THEN 'finalised' ELSE 'submitted' END,
              CASE WHEN f THEN score END, CASE WHEN f THEN score >= 90 END, CASE WHEN f THEN 'bench' END,
              CASE WHEN f THEN timestamptz '2026-01-01 00:00+08' + random() * interval '365 days' END
         FROM (SELECT e.*, random() < 0.7 AS f, round((50 + random() * 50)::numeric, 1) AS score FROM (${enterprises}) e) e`,
      [competition.id, template.id],
    );

    // Honours: nominees (5% of enterprises, 5% of teams) conferred, as many again under way.
    await sql.query(
      `WITH nominees AS (
         SELECT id, path, CASE WHEN kind = 'team' THEN 'team' ELSE 'unit' END AS nominee_kind, random() AS r
           FROM registration.org_units WHERE active AND kind IN ('enterprise_union', 'team')
       ), picked AS (
         SELECT gen_random_uuid() AS nid, n.*, r < 0.05 AS conferred,
                CASE WHEN nominee_kind = 'unit' THEN 'may-day-award' WHEN r < 0.025 OR (r >= 0.05 AND r < 0.075) THEN 'pioneer-team' ELSE 'pioneer-team-county' END AS honour,
                timestamptz '2026-01-01 00:00+08' + random() * interval '365 days' AS at
           FROM nominees n WHERE r < 0.1
       ), made AS (
         INSERT INTO awards.nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name, nominee_unit_id, nominee_path, source, status, created_by, created_at)
         SELECT nid, honour, 2026, 'city', '/city', nominee_kind, id, id, id, path, 'manual', CASE WHEN conferred THEN 'conferred' ELSE 'submitted' END, 'bench', at FROM picked
       )
       INSERT INTO awards.honour_history (nomination_id, honour_code, year, nominee_kind, nominee_id, nominee_name, nominee_path, conferring_unit_id, certificate_no, conferred_at)
       SELECT nid, honour, 2026, nominee_kind, id, id, path, 'city', 'BENCH-' || nid, at + interval '10 days' FROM picked WHERE conferred`,
    );
    for (const table of ['hazard_reward.hazard_reports', 'hazard_reward.hazards', 'hazard_reward.rewards', 'hazard_reward.reward_budgets', 'assessment.assessment_sheets', 'awards.nominations', 'awards.honour_history']) {
      await sql.query(`VACUUM ANALYZE ${table}`);
    }
    const count = async (table: string) => Number((await sql.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    const facts = {
      hazardReports: await count('hazard_reward.hazard_reports'),
      hazards: await count('hazard_reward.hazards'),
      rewards: await count('hazard_reward.rewards'),
      assessmentSheets: await count('assessment.assessment_sheets'),
      nominations: await count('awards.nominations'),
      honoursConferred: await count('awards.honour_history'),
      generationSeconds: Math.round((Date.now() - began) / 100) / 10,
    };

    const dashboards = {
      coverage: (unitId: string) => [bench.registration.url, `/coverage?orgUnitId=${unitId}&${PERIOD}`],
      hazards: (unitId: string) => [hazardReward.url, `/dashboards/hazards?unitId=${unitId}&${PERIOD}`],
      assessment: (unitId: string) => [assessment.url, `/dashboards/assessment?unitId=${unitId}&${PERIOD}`],
      honours: (unitId: string) => [awards.url, `/dashboards/honours?unitId=${unitId}&${PERIOD}`],
    };
    const levels = { city: 'city', county: city.sample.countyId, township: city.sample.townshipId };
    const timings: Record<string, Record<string, unknown>> = {};
    for (const [name, route] of Object.entries(dashboards)) {
      timings[name] = {};
      for (const [level, unitId] of Object.entries(levels)) {
        const [url, path] = route(unitId);
        const { body, ...times } = await timeGet<{ totals?: unknown; aboveScale?: unknown }>(url, bench.token, path, RUNS);
        timings[name][level] = { unitId, ...times, totals: body.totals ?? body.aboveScale };
      }
    }
    console.log(
      JSON.stringify(
        {
          size: { enterprises: city.enterprises, activeEnterprises: city.activeEnterprises, workers: city.workers, teams: city.teams, counties: city.counties, townships: city.townships },
          facts,
          period: PERIOD,
          runsPerLevel: RUNS,
          targetMs: 300,
          dashboards: timings,
        },
        null,
        2,
      ),
    );
  } finally {
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
