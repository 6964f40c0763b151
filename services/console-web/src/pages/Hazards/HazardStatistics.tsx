import { Card, Col, Empty, Row, Spin, Statistic, Table } from 'antd';
import { useEffect, useState } from 'react';
import Chart from '../../components/Chart';
import { useLocale } from '../../locales';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatYuan } from '../../utils/format';
import { hazardCategories, hazardGrades, labelOf } from '../Approvals/item-views/labels';
import { useUnitYear } from './UnitYearPicker';

type Statistics = Ok<HazardRewardApi['/hazard-statistics']['get']>;
type Figures = Statistics['children'][number];
type TopReporter = Ok<HazardRewardApi['/hazard-statistics/top-reporters']['get']>[number];

/** 统计: 安康杯 figures of a union and the units directly under it for a year, by category and grade, and the named reporters with most confirmed hazards. */
export default function HazardStatistics() {
  const { t } = useLocale();
  const { access } = useSession();
  const { unitId, year, picker } = useUnitYear();
  const [data, setData] = useState<Statistics | null>();
  const [top, setTop] = useState<TopReporter[]>([]);

  useEffect(() => {
    const query = { unitId, from: `${year}-01-01`, to: `${year}-12-31` };
    setData(undefined);
    unwrap(hazardReward.GET('/hazard-statistics', { params: { query } })).then(setData, () => setData(null));
    if (access.canSeeTopReporters) unwrap(hazardReward.GET('/hazard-statistics/top-reporters', { params: { query: { ...query, limit: 10 } } })).then(setTop, () => setTop([]));
  }, [unitId, year, access.canSeeTopReporters]);

  if (!data) {
    return (
      <>
        {picker}
        {data === undefined ? <Spin /> : <Empty description={t('hazards.stats.unreadable')} />}
      </>
    );
  }

  const totals = data.totals;
  const tiles = [
    ['reports', totals.reports],
    ['confirmed', totals.confirmed],
    ['duplicates', totals.duplicates],
    ['rejected', totals.rejected],
    ['pending', totals.pending],
    ['closed', totals.closed],
    ['overdue', totals.overdue],
  ] as const;
  // Reports by category (x) and grade (series): confirmed ones by their grade, the rest as not graded.
  const gradeSeries = [...Object.keys(hazardGrades), null] as const;
  const categories = Object.keys(hazardCategories);
  const columns = [
    { title: t('hazards.stats.unit'), dataIndex: 'name', render: (name: string | null, f: Figures) => name ?? f.unitId },
    ...tiles.map(([key]) => ({ title: t(`hazards.stats.${key}`), dataIndex: key, width: 90, align: 'right' as const })),
    { title: t('hazards.stats.rate'), dataIndex: 'rectificationRatePercent', width: 110, align: 'right' as const, render: (v: number | null) => (v === null ? '—' : `${v}%`) },
    { title: t('hazards.stats.rewardsPaid'), dataIndex: 'rewardsPaidYuan', width: 130, align: 'right' as const, render: (v: string) => formatYuan(v) },
  ];
  return (
    <>
      {picker}
      <Card title={t('hazards.stats.title', { unit: data.unit.name, year })} style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]}>
          {tiles.map(([key, value]) => (
            <Col span={3} key={key}>
              <Statistic title={t(`hazards.stats.${key}`)} value={value} valueStyle={key === 'overdue' && value > 0 ? { color: '#cf1322' } : undefined} />
            </Col>
          ))}
          <Col span={3}>
            <Statistic title={t('hazards.stats.rate')} value={totals.rectificationRatePercent ?? '—'} suffix={totals.rectificationRatePercent === null ? undefined : '%'} />
          </Col>
          <Col span={6}>
            <Statistic title={t('hazards.stats.rewardsPaid')} value={t('hazards.stats.rewardsPaidValue', { count: totals.rewardsPaid, amount: formatYuan(totals.rewardsPaidYuan) })} />
          </Col>
        </Row>
        <div aria-label={t('hazards.stats.chart')} role="img">
          <Chart
            height={300}
            option={{
              // Drawn at once: the figures are read, not watched grow.
              animation: false,
              tooltip: { trigger: 'axis' },
              legend: { bottom: 0 },
              grid: { left: 48, right: 24, top: 24, bottom: 48 },
              xAxis: { type: 'category', data: categories.map((c) => labelOf(t, hazardCategories, c)) },
              yAxis: { type: 'value', minInterval: 1 },
              series: gradeSeries.map((grade) => ({
                type: 'bar' as const,
                stack: 'reports',
                name: grade ? labelOf(t, hazardGrades, grade) : t('hazards.stats.notGraded'),
                data: categories.map((c) => data.byCategoryAndGrade.filter((b) => b.category === c && b.grade === grade).reduce((n, b) => n + b.reports, 0)),
              })),
            }}
          />
        </div>
      </Card>
      <Card title={t('hazards.stats.children')} style={{ marginBottom: 16 }}>
        <Table<Figures> rowKey="unitId" size="small" pagination={false} columns={columns} dataSource={data.children} scroll={{ x: 1100 }} />
      </Card>
      {access.canSeeTopReporters && (
        <Card title={t('hazards.stats.topReporters')} extra={t('hazards.stats.topReportersHint')}>
          <Table<TopReporter>
            rowKey="userId"
            size="small"
            pagination={false}
            dataSource={top}
            columns={[
              { title: t('hazards.stats.reporter'), dataIndex: 'displayName' },
              { title: t('hazards.stats.confirmed'), dataIndex: 'confirmed', align: 'right' },
              { title: t('hazards.stats.major'), dataIndex: 'major', align: 'right' },
              { title: t('hazards.stats.rewardsPaid'), dataIndex: 'rewardsPaidYuan', align: 'right', render: (v: string) => formatYuan(v) },
            ]}
          />
        </Card>
      )}
    </>
  );
}
