import { ModalForm, ProFormDatePicker, ProFormDigit, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Alert, Button, Col, Form, Row, Typography } from 'antd';
import { useRef, type RefObject } from 'react';
import { useSubmitAndReload } from '../../components/api-form';
import { serverTableDefaults } from '../../components/server-list';
import { useLocale } from '../../locales';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate, formatYuan } from '../../utils/format';
import UnitName from './UnitName';

type Scheme = Ok<HazardRewardApi['/reward-schemes']['get']>[number];

const amountCells = [
  ['accident', 'general'],
  ['accident', 'major'],
  ['occupational', 'general'],
  ['occupational', 'major'],
] as const;

/** A scheme's rules: yuan per category × grade and the approval threshold. A scheme rewards were worked out from keeps its money. */
function SchemeForm({ scheme, table }: { scheme?: Scheme; table: RefObject<ActionType | undefined> }) {
  const { t } = useLocale();
  const { user } = useSession();
  const [form] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const moneyFixed = (scheme?.rewardCount ?? 0) > 0;
  // Every amount of a scheme: yuan with two decimals, at most what the service takes, fixed once used.
  const yuanField = {
    max: 100000,
    fieldProps: { precision: 2, addonAfter: t('hazards.yuan') },
    disabled: moneyFixed,
    rules: [{ required: true, message: t('hazards.scheme.amountRequired') }],
  };
  return (
    <ModalForm
      title={scheme ? t('hazards.scheme.editTitle') : t('hazards.scheme.createTitle')}
      form={form}
      width={640}
      trigger={scheme ? <a>{t('hazards.scheme.edit')}</a> : <Button type="primary">{t('hazards.scheme.create')}</Button>}
      modalProps={{ destroyOnClose: true }}
      initialValues={
        scheme
          ? { ...scheme, approvalThresholdYuan: Number(scheme.approvalThresholdYuan), amounts: numbers(scheme.amounts) }
          : { validFrom: `${new Date().getFullYear()}-01-01` }
      }
      onFinish={(v) =>
        submit(
          form,
          () =>
            scheme
              ? unwrap(hazardReward.PUT('/reward-schemes/{id}', { params: { path: { id: scheme.id } }, body: v as never }))
              : unwrap(hazardReward.POST('/reward-schemes', { body: { ...v, issuingUnitId: user?.orgUnitId } as never })),
          t('hazards.scheme.saved'),
        )
      }
    >
      {moneyFixed && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('hazards.scheme.moneyFixed', { count: scheme?.rewardCount ?? 0 })} />}
      <ProFormText name="name" label={t('hazards.scheme.name')} rules={[{ required: true, whitespace: true, message: t('hazards.scheme.nameRequired') }]} />
      <Row gutter={16}>
        <Col span={12}>
          <ProFormDatePicker name="validFrom" label={t('hazards.scheme.validFrom')} width="100%" rules={[{ required: true, message: t('hazards.scheme.validFromRequired') }]} />
        </Col>
        <Col span={12}>
          <ProFormDatePicker name="validUntil" label={t('hazards.scheme.validUntil')} width="100%" extra={t('hazards.scheme.validUntilHint')} />
        </Col>
      </Row>
      <Typography.Text strong>{t('hazards.scheme.amounts')}</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        {amountCells.map(([category, grade]) => (
          <Col span={12} key={`${category}.${grade}`}>
            <ProFormDigit name={['amounts', category, grade]} label={t(`hazards.scheme.${category}.${grade}`)} min={0.01} {...yuanField} />
          </Col>
        ))}
      </Row>
      <ProFormDigit name="approvalThresholdYuan" label={t('hazards.scheme.threshold')} extra={t('hazards.scheme.thresholdHint')} min={0} {...yuanField} />
    </ModalForm>
  );
}

function numbers(amounts: Scheme['amounts']) {
  const n = (g: { general: string | number; major: string | number }) => ({ general: Number(g.general), major: Number(g.major) });
  return { accident: n(amounts.accident), occupational: n(amounts.occupational) };
}

/** 奖励办法: the schemes that reward hazards at my unit — my union's own first, then those of the unions above — and my union's kept here. */
export default function RewardSchemes() {
  const { t } = useLocale();
  const { user, access } = useSession();
  const table = useRef<ActionType>();
  const columns: ProColumns<Scheme>[] = [
    {
      title: t('hazards.scheme.name'),
      dataIndex: 'name',
      // The union that issues it under its name: the nearest union's scheme is the one that applies.
      render: (_, s) => (
        <>
          <div>{s.name}</div>
          <Typography.Text type="secondary">
            <UnitName id={s.issuingUnitId} />
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('hazards.scheme.period'),
      key: 'period',
      width: 170,
      render: (_, s) => `${formatDate(s.validFrom)} — ${s.validUntil ? formatDate(s.validUntil) : t('hazards.scheme.openEnded')}`,
    },
    ...amountCells.map(([category, grade]) => ({
      title: t(`hazards.scheme.${category}.${grade}`),
      key: `${category}.${grade}`,
      width: 95,
      align: 'right' as const,
      render: (_: unknown, s: Scheme) => formatYuan(s.amounts[category][grade]),
    })),
    { title: t('hazards.scheme.threshold'), dataIndex: 'approvalThresholdYuan', width: 95, align: 'right', render: (_, s) => formatYuan(s.approvalThresholdYuan) },
    { title: t('hazards.scheme.rewardCount'), dataIndex: 'rewardCount', width: 70, align: 'right' },
    {
      title: t('approvals.actions'),
      key: 'edit',
      width: 60,
      render: (_, s) => (s.createdBy === user?.id && access.canManageRewardSchemes ? <SchemeForm scheme={s} table={table} /> : null),
    },
  ];
  return (
    <ProTable<Scheme>
      actionRef={table}
      rowKey="id"
      search={false}
      columns={columns}
      {...serverTableDefaults}
      pagination={false}
      headerTitle={t('hazards.scheme.hint')}
      toolBarRender={() => (access.canManageRewardSchemes ? [<SchemeForm key="create" table={table} />] : [])}
      request={async () => {
        const schemes = await unwrap(hazardReward.GET('/reward-schemes', { params: { query: { unitId: user?.orgUnitId } } }));
        return { data: schemes, total: schemes.length, success: true };
      }}
    />
  );
}
