import { ModalForm, ProFormDigit } from '@ant-design/pro-components';
import { App, Button, Card, Col, Empty, Form, Row, Spin, Statistic, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import Chart from '../../components/Chart';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { useLocale } from '../../locales';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatYuan } from '../../utils/format';
import { useUnitYear } from './UnitYearPicker';

type Budget = Ok<HazardRewardApi['/reward-budgets/{unitId}/{year}']['get']>;

/** Sets the year's total; raising it releases the rewards that waited for budget, in order. */
function SetBudgetForm({ unitId, year, budget, onSaved }: { unitId: string; year: number; budget: Budget; onSaved: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [form] = Form.useForm();
  return (
    <ModalForm
      title={t('hazards.budget.setTitle', { year })}
      form={form}
      width={420}
      trigger={<Button type="primary">{t('hazards.budget.set')}</Button>}
      modalProps={{ destroyOnClose: true }}
      initialValues={{ totalYuan: budget.set ? Number(budget.totalYuan) : undefined }}
      onFinish={async (v) => {
        let released = 0;
        const ok = await submitShowingRefusal(
          form,
          async () => {
            const saved = await unwrap(hazardReward.PUT('/reward-budgets/{unitId}/{year}', { params: { path: { unitId, year } }, body: v as never }));
            released = saved.releasedFromQueue;
          },
          showRefusal,
        );
        if (ok) {
          message.success(released ? t('hazards.budget.savedReleased', { count: released }) : t('hazards.budget.saved'));
          onSaved();
        }
        return ok;
      }}
    >
      <ProFormDigit
        name="totalYuan"
        label={t('hazards.budget.total')}
        extra={t('hazards.budget.totalHint', { committed: formatYuan(budget.committedYuan) })}
        min={0}
        fieldProps={{ precision: 2, addonAfter: t('hazards.yuan') }}
        rules={[{ required: true, message: t('hazards.budget.totalRequired') }]}
      />
    </ModalForm>
  );
}

/** 奖励预算: a union's hazard reward budget for a year — total, committed to issued rewards, paid, left, and what waits for it. */
export default function RewardBudgets() {
  const { t } = useLocale();
  const { access } = useSession();
  const { unitId, year, picker } = useUnitYear();
  const [budget, setBudget] = useState<Budget | null>();

  const load = useCallback(() => {
    if (!unitId) return;
    setBudget(undefined);
    unwrap(hazardReward.GET('/reward-budgets/{unitId}/{year}', { params: { path: { unitId, year } } })).then(setBudget, () => setBudget(null));
  }, [unitId, year]);
  useEffect(load, [load]);

  const figures = budget && [
    { key: 'total', label: t('hazards.budget.total'), value: budget.totalYuan },
    { key: 'committed', label: t('hazards.budget.committed'), value: budget.committedYuan },
    { key: 'paid', label: t('hazards.budget.paid'), value: budget.paidYuan },
    { key: 'left', label: t('hazards.budget.left'), value: budget.leftYuan },
  ];
  return (
    <>
      {picker}
      {budget === undefined ? (
        <Spin />
      ) : budget === null || !figures || !unitId ? (
        <Empty description={t('hazards.budget.unreadable')} />
      ) : (
        <Card
          title={t('hazards.budget.title', { year })}
          extra={access.canSetRewardBudgets && <SetBudgetForm unitId={unitId} year={year} budget={budget} onSaved={load} />}
        >
          {!budget.set && <Typography.Paragraph type="warning">{t('hazards.budget.notSet')}</Typography.Paragraph>}
          <Row gutter={16} role="list" aria-label={t('hazards.budget.title', { year })}>
            {figures.map((f) => (
              <Col span={5} key={f.key} role="listitem">
                <Statistic title={f.label} value={formatYuan(f.value)} />
              </Col>
            ))}
            <Col span={4} role="listitem">
              <Statistic title={t('hazards.budget.queued')} value={t('hazards.budget.queuedValue', { count: budget.queued.count, amount: formatYuan(budget.queued.amountYuan) })} />
            </Col>
          </Row>
          <Chart
            height={260}
            option={{
              // Drawn at once: the figures are read, not watched grow.
              animation: false,
              tooltip: { trigger: 'axis' },
              grid: { left: 100, right: 24, top: 24, bottom: 24 },
              xAxis: { type: 'value' },
              yAxis: { type: 'category', data: figures.map((f) => f.label).reverse() },
              series: [{ type: 'bar', data: figures.map((f) => Number(f.value)).reverse(), barWidth: 22, itemStyle: { color: '#1677ff' } }],
            }}
          />
        </Card>
      )}
    </>
  );
}
