import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { App, Breadcrumb, Button, DatePicker, Form, InputNumber, Space, Spin, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Chart from '../../components/Chart';
import { ApiError, refusalText, registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { saveCsv } from '../../utils/download';
import { formatPercent } from '../../utils/format';

type Coverage = Ok<RegistrationApi['/coverage']['get']>;
type Child = Coverage['byChild'][number];
type Share = Coverage['aboveScale'];

function shareCell(s: Share) {
  return (
    <Space size={4}>
      {formatPercent(s.share)}
      <span style={{ color: '#8c8c8c' }}>
        （{s.takingPart}/{s.total}）
      </span>
      {s.meetsTarget === false && <Tag color="red">差 {s.gapPoints} 个百分点</Tag>}
      {s.meetsTarget === true && <Tag color="green">达标</Tag>}
    </Space>
  );
}

/** 参赛覆盖面: each unit against the 80% target (seed 003), drilling down from the city to the enterprises. */
export default function CoveragePage() {
  const { user } = useSession();
  const { message } = App.useApp();
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
    saveCsv(`参赛覆盖面_${coverage.orgUnit.name}_${coverage.period.from}_${coverage.period.to}.csv`, [
      ['单位', '企业总数', '参赛企业', '覆盖率', '规上企业', '规上参赛', '规上覆盖率', '非公企业', '非公参赛', '非公覆盖率', '职工人数', '参赛职工', '职工参与率', '规上达标'],
      ...[{ ...coverage, name: `${coverage.orgUnit.name}（合计）` } as unknown as Child, ...coverage.byChild].map((c) => [
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
        c.aboveScale.meetsTarget === null ? '—' : c.aboveScale.meetsTarget ? '是' : '否',
      ]),
    ]);

  return (
    <PageContainer
      title="参赛覆盖面"
      breadcrumbRender={false}
      content={
        <Form layout="inline">
          <Form.Item label="统计期间">
            <DatePicker.RangePicker value={period} onChange={(v) => v?.[0] && v[1] && setPeriod([v[0], v[1]])} allowClear={false} />
          </Form.Item>
          <Form.Item label="目标覆盖率">
            <InputNumber min={1} max={100} value={target} onChange={(v) => v && setTarget(v)} addonAfter="%" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item>
            <Button onClick={exportCsv} disabled={!coverage}>
              导出
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
            <StatisticCard statistic={{ title: '规模以上企业参赛率', value: formatPercent(coverage.aboveScale.share), description: `目标 ${target}%` }} />
            <StatisticCard statistic={{ title: '企业参赛率', value: formatPercent(coverage.all.share) }} />
            <StatisticCard statistic={{ title: '非公企业参赛率', value: formatPercent(coverage.nonPublic.share) }} />
            <StatisticCard statistic={{ title: '职工参与率', value: formatPercent(coverage.workers.rate) }} />
          </StatisticCard.Group>
          {coverage.byChild.length > 0 && (
            <ProCard title="各下级单位规上企业参赛率（点击柱形下钻）" headerBordered style={{ marginBottom: 16 }}>
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
                      name: '规上企业参赛率',
                      barMaxWidth: 48,
                      data: coverage.byChild.map((c) => ({
                        value: c.aboveScale.share === null ? 0 : Number((c.aboveScale.share * 100).toFixed(1)),
                        itemStyle: { color: c.aboveScale.meetsTarget === false ? '#cf1322' : '#389e0d' },
                      })),
                      markLine: { symbol: 'none', data: [{ yAxis: target, name: '目标' }], lineStyle: { type: 'dashed', color: '#595959' }, label: { formatter: `目标 ${target}%` } },
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
              { title: '单位', dataIndex: 'name', render: (_, c) => (c.kind === 'enterprise_union' ? c.name : <a onClick={() => drill(c)}>{c.name}</a>) },
              { title: '规上企业参赛', render: (_, c) => shareCell(c.aboveScale) },
              { title: '全部企业参赛', render: (_, c) => shareCell(c.all) },
              { title: '非公企业参赛', render: (_, c) => shareCell(c.nonPublic) },
              { title: '职工参与率', render: (_, c) => `${formatPercent(c.workers.rate)}（${c.workers.participants}/${c.workers.headcount}）` },
            ]}
          />
        </>
      )}
    </PageContainer>
  );
}
