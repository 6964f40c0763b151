import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { App, Breadcrumb, Button, DatePicker, Form, InputNumber, Space, Spin, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Chart from '../../components/Chart';
import { useLocale } from '../../locales';
import { ApiError, refusalText, registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { saveCsv } from '../../utils/download';
import { formatPercent } from '../../utils/format';

type Coverage = Ok<RegistrationApi['/coverage']['get']>;
type Child = Coverage['byChild'][number];
type Share = Coverage['aboveScale'];

function ShareCell({ s }: { s: Share }) {
  const { t } = useLocale();
  return (
    <Space size={4}>
      {formatPercent(s.share)}
      <span style={{ color: '#8c8c8c' }}>{t('competitions.coverage.ofTotal', { part: s.takingPart, total: s.total })}</span>
      {s.meetsTarget === false && <Tag color="red">{t('competitions.coverage.short', { points: s.gapPoints ?? '' })}</Tag>}
      {s.meetsTarget === true && <Tag color="green">{t('competitions.coverage.met')}</Tag>}
    </Space>
  );
}

/** 参赛覆盖面: each unit against the 80% target (seed 003), drilling down from the city to the enterprises. */
export default function CoveragePage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? user?.orgUnitId ?? '';
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs().endOf('year')]);
  const [target, setTarget] = useState(80);
  const [coverage, setCoverage] = useState<Coverage>();
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);

  useEffect(() => {
    setCoverage(undefined);
    unwrap(
      registration.GET('/coverage', {
        params: { query: { orgUnitId: unitId, from: period[0].format('YYYY-MM-DD'), to: period[1].format('YYYY-MM-DD'), target: target / 100 } as never },
      }),
    ).then(
      (c) => {
        setCoverage(c);
        setTrail((t) => {
          const at = t.findIndex((u) => u.id === c.orgUnit.id);
          return at >= 0 ? t.slice(0, at + 1) : [...t, { id: c.orgUnit.id, name: c.orgUnit.name }];
        });
      },
      (e) => message.error(e instanceof ApiError ? refusalText(e.refusal) : String(e)),
    );
  }, [unitId, period, target, message]);

  const drill = (child: { id: string; kind: string }) => child.kind !== 'enterprise_union' && setParams({ unit: child.id });

  const exportCsv = () =>
    coverage &&
    saveCsv(t('competitions.coverage.csvFile', { unit: coverage.orgUnit.name, from: coverage.period.from, to: coverage.period.to }), [
      [
        t('competitions.coverage.unit'),
        t('competitions.coverage.csvEnterprises'),
        t('competitions.coverage.csvTakingPart'),
        t('competitions.coverage.csvShare'),
        t('competitions.coverage.csvAboveScale'),
        t('competitions.coverage.csvAboveScaleTakingPart'),
        t('competitions.coverage.csvAboveScaleShare'),
        t('competitions.coverage.csvNonPublic'),
        t('competitions.coverage.csvNonPublicTakingPart'),
        t('competitions.coverage.csvNonPublicShare'),
        t('competitions.coverage.csvWorkers'),
        t('competitions.coverage.csvWorkersTakingPart'),
        t('competitions.coverage.workersRate'),
        t('competitions.coverage.csvAboveScaleMet'),
      ],
      ...[{ ...coverage, name: t('competitions.coverage.csvTotal', { unit: coverage.orgUnit.name }) } as unknown as Child, ...coverage.byChild].map((c) => [
        c.name,
        c.all.total,
        c.all.takingPart,
        formatPercent(c.all.share),
        c.aboveScale.total,
        c.aboveScale.takingPart,
        formatPercent(c.aboveScale.share),
        c.nonPublic.total,
        c.nonPublic.takingPart,
        formatPercent(c.nonPublic.share),
        c.workers.headcount,
        c.workers.participants,
        formatPercent(c.workers.rate),
        c.aboveScale.meetsTarget === null ? '—' : t(c.aboveScale.meetsTarget ? 'competitions.coverage.yes' : 'competitions.coverage.no'),
      ]),
    ]);

  return (
    <PageContainer
      title={t('menu.coverage')}
      breadcrumbRender={false}
      content={
        <Form layout="inline">
          <Form.Item label={t('competitions.coverage.period')}>
            <DatePicker.RangePicker value={period} onChange={(v) => v?.[0] && v[1] && setPeriod([v[0], v[1]])} allowClear={false} />
          </Form.Item>
          <Form.Item label={t('competitions.coverage.target')}>
            <InputNumber min={1} max={100} value={target} onChange={(v) => v && setTarget(v)} addonAfter="%" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item>
            <Button onClick={exportCsv} disabled={!coverage}>
              {t('common.export')}
            </Button>
          </Form.Item>
        </Form>
      }
    >
      <Breadcrumb style={{ marginBottom: 12 }} items={trail.map((u) => ({ title: <a onClick={() => setParams({ unit: u.id })}>{u.name}</a> }))} />
      {!coverage ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          <StatisticCard.Group direction="row" style={{ marginBottom: 16 }}>
            <StatisticCard statistic={{ title: t('competitions.coverage.aboveScaleRate'), value: formatPercent(coverage.aboveScale.share), description: t('competitions.coverage.targetIs', { target }) }} />
            <StatisticCard statistic={{ title: t('competitions.coverage.allRate'), value: formatPercent(coverage.all.share) }} />
            <StatisticCard statistic={{ title: t('competitions.coverage.nonPublicRate'), value: formatPercent(coverage.nonPublic.share) }} />
            <StatisticCard statistic={{ title: t('competitions.coverage.workersRate'), value: formatPercent(coverage.workers.rate) }} />
          </StatisticCard.Group>
          {coverage.byChild.length > 0 && (
            <ProCard title={t('competitions.coverage.chart')} headerBordered style={{ marginBottom: 16 }}>
              <Chart
                onClick={(name) => {
                  const child = coverage.byChild.find((c) => c.name === name);
                  if (child) drill(child);
                }}
                option={{
                  tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
                  grid: { left: 48, right: 80, bottom: 80, top: 24 },
                  xAxis: { type: 'category', data: coverage.byChild.map((c) => c.name), axisLabel: { rotate: 30, interval: 0 } },
                  yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                  series: [
                    {
                      type: 'bar',
                      name: t('competitions.coverage.series'),
                      barMaxWidth: 48,
                      data: coverage.byChild.map((c) => ({
                        value: c.aboveScale.share === null ? 0 : Number((c.aboveScale.share * 100).toFixed(1)),
                        itemStyle: { color: c.aboveScale.meetsTarget === false ? '#cf1322' : '#389e0d' },
                      })),
                      markLine: {
                        symbol: 'none',
                        data: [{ yAxis: target, name: t('competitions.coverage.targetLine') }],
                        lineStyle: { type: 'dashed', color: '#595959' },
                        label: { formatter: t('competitions.coverage.targetIs', { target }) },
                      },
                    },
                  ],
                }}
              />
            </ProCard>
          )}
          <Table<Child>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={coverage.byChild}
            columns={[
              { title: t('competitions.coverage.unit'), dataIndex: 'name', render: (_, c) => (c.kind === 'enterprise_union' ? c.name : <a onClick={() => drill(c)}>{c.name}</a>) },
              { title: t('competitions.coverage.aboveScale'), render: (_, c) => <ShareCell s={c.aboveScale} /> },
              { title: t('competitions.coverage.all'), render: (_, c) => <ShareCell s={c.all} /> },
              { title: t('competitions.coverage.nonPublic'), render: (_, c) => <ShareCell s={c.nonPublic} /> },
              {
                title: t('competitions.coverage.workersRate'),
                render: (_, c) => t('competitions.coverage.shareOfTotal', { share: formatPercent(c.workers.rate), part: c.workers.participants, total: c.workers.headcount }),
              },
            ]}
          />
        </>
      )}
    </PageContainer>
  );
}
