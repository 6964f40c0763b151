import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { Alert, Breadcrumb, Button, Col, DatePicker, Empty, Form, Row, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Chart from '../../components/Chart';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';
import { dashboardCharts } from './chart-options';
import { useDashboardData } from './dashboard-data';
import { headlineFigures } from './headline';

/** 数据看板: coverage, hazards, rewards, assessment and honours of the user's subtree over a period, drilling down unit by unit. */
export default function DashboardsPage() {
  const { user } = useSession();
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? user?.orgUnitId ?? '';
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs().endOf('year')]);
  const period = useMemo(() => ({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }), [range]);
  const { data, loading, errors } = useDashboardData(unitId, period);
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);

  // The unit the figures are of, as the services name it: the breadcrumb grows as the user drills down.
  const shownId = data.hazards?.unit.id ?? data.coverage?.orgUnit.id;
  const shownName = data.hazards?.unit.name ?? data.coverage?.orgUnit.name;
  useEffect(() => {
    if (!shownId || !shownName) return;
    setTrail((units) => {
      const at = units.findIndex((u) => u.id === shownId);
      return at >= 0 ? units.slice(0, at + 1) : [...units, { id: shownId, name: shownName }];
    });
  }, [shownId, shownName]);

  return (
    <PageContainer
      title={t('dashboards.title')}
      breadcrumbRender={false}
      extra={
        <Button icon={<FundProjectionScreenOutlined />} href="/screen" target="_blank">
          {t('dashboards.openScreen')}
        </Button>
      }
      content={
        <Form layout="inline">
          <Form.Item label={t('dashboards.period')}>
            <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
          </Form.Item>
          <Form.Item>
            <span style={{ color: '#8c8c8c' }}>{t('dashboards.drillHint')}</span>
          </Form.Item>
        </Form>
      }
    >
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={trail.map((u, i) => ({ title: i === trail.length - 1 ? u.name : <a onClick={() => setParams({ unit: u.id })}>{u.name}</a> }))}
      />
      {errors.map((e) => (
        <Alert key={e} type="warning" showIcon message={e} style={{ marginBottom: 12 }} />
      ))}
      {loading ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          <StatisticCard.Group direction="row" style={{ marginBottom: 16, flexWrap: 'wrap' }}>
            {headlineFigures(data, t).map((f) => (
              <StatisticCard
                key={f.key}
                statistic={{ title: f.title, value: f.value, description: f.note, valueStyle: f.alert ? { color: '#cf1322' } : undefined }}
              />
            ))}
          </StatisticCard.Group>
          <Row gutter={[16, 16]}>
            {dashboardCharts.map(({ key, title, build }) => {
              const built = build(data, t);
              if (!built) return null;
              return (
                <Col key={key} xs={24} xl={12}>
                  <ProCard title={t(title)} headerBordered>
                    {built.option.series && (built.option.series as unknown[]).length > 0 ? (
                      <Chart
                        testId={`chart-${key}`}
                        option={built.option}
                        onClick={(_, index) => {
                          const to = built.drill[index];
                          if (to) setParams({ unit: to });
                        }}
                      />
                    ) : (
                      <Empty description={t('dashboards.noData')} />
                    )}
                  </ProCard>
                </Col>
              );
            })}
          </Row>
        </>
      )}
    </PageContainer>
  );
}
