import { Spin } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import Chart from '../../components/Chart';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';
import { dashboardCharts } from '../Dashboards/chart-options';
import { useDashboardData } from '../Dashboards/dashboard-data';
import { headlineFigures } from '../Dashboards/headline';
import styles from './screen.module.css';

/** How often the screen asks the services again: new reports, payments and honours show within this. */
export const SCREEN_POLL_MS = 5000;

/**
 * 大屏: the dashboard of the user's union (or ?unit=) for this year, full screen and dark for a meeting
 * room's 1920×1080 display, without the console's menus, asking for fresh figures every few seconds.
 */
export default function BigScreen() {
  const { user } = useSession();
  const { t } = useLocale();
  const [params] = useSearchParams();
  const unitId = params.get('unit') ?? user?.orgUnitId ?? '';
  const period = useMemo(() => ({ from: dayjs().startOf('year').format('YYYY-MM-DD'), to: dayjs().endOf('year').format('YYYY-MM-DD') }), []);
  const { data, loading, updatedAt, errors } = useDashboardData(unitId, period, SCREEN_POLL_MS);
  const unitName = data.hazards?.unit.name ?? data.coverage?.orgUnit.name ?? '';
  const charts = dashboardCharts.map((c) => ({ ...c, built: c.build(data, t, true) })).flatMap((c) => (c.built ? [{ ...c, built: c.built }] : []));

  return (
    <div className={styles.screen} data-testid="big-screen">
      <header className={styles.head}>
        <h1 className={styles.title}>{t('dashboards.screen.title', { unit: unitName })}</h1>
        <div className={styles.meta}>
          <span>{t('dashboards.screen.period', { from: period.from, to: period.to })}</span>
          <span data-testid="screen-updated-at">
            {errors.length > 0
              ? t('dashboards.screen.stale', { seconds: SCREEN_POLL_MS / 1000 })
              : updatedAt
                ? t('dashboards.screen.updatedAt', { time: dayjs(updatedAt).format('HH:mm:ss') })
                : t('dashboards.screen.updating')}
          </span>
          <Link to="/dashboards">{t('dashboards.screen.exit')}</Link>
        </div>
      </header>
      {loading ? (
        <Spin size="large" style={{ gridRow: '2 / 5', alignSelf: 'center' }} />
      ) : (
        <>
          <section className={styles.stats}>
            {headlineFigures(data, t).map((f) => (
              <div key={f.key} className={styles.stat} data-testid={`screen-stat-${f.key}`}>
                <span className={styles.statTitle}>{f.title}</span>
                <span className={`${styles.statValue} ${f.alert ? styles.alert : ''}`}>{f.value}</span>
                {f.note && <span className={styles.statNote}>{f.note}</span>}
              </div>
            ))}
          </section>
          {[charts.slice(0, 3), charts.slice(3, 6)].map((row, i) => (
            <section key={i} className={styles.row}>
              {row.map(({ key, title, built }) => (
                <div key={key} className={styles.panel}>
                  <span className={styles.panelTitle}>{t(title)}</span>
                  <div className={styles.chart}>
                    <Chart testId={`screen-chart-${key}`} theme="dark" height="100%" option={built.option} />
                  </div>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
