import { ModalForm, ProForm, ProFormDigit, ProFormSelect, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Form, Progress } from 'antd';
import { useRef } from 'react';
import { useSubmitAndReload } from '../../components/api-form';
import { listQuery, serverTableDefaults, tablePage } from '../../components/server-list';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import { awards, unwrap, type AwardsApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { levelText, thisYear, useHonours } from './labels';

type Quota = Ok<AwardsApi['/honour-quotas']['get']>['items'][number];

/** The places of an honour at a union for a year; never below those already taken (the service says so on the field). */
function SetQuotaForm({ table, quota }: { table: React.RefObject<ActionType | undefined>; quota?: Quota }) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const honours = useHonours();
  return (
    <ModalForm
      name="quota"
      title={t('honours.quota.title')}
      form={form}
      width={520}
      trigger={quota ? <a>{t('honours.quota.change')}</a> : <Button type="primary">{t('honours.quota.set')}</Button>}
      modalProps={{ destroyOnClose: true }}
      initialValues={quota ? { honourCode: quota.honourCode, year: quota.year, quota: quota.quota } : { year: thisYear() }}
      onFinish={({ honourCode, unitId = quota?.unitId, year, quota: places }) =>
        submit(
          form,
          () => unwrap(awards.PUT('/honour-quotas/{honourCode}/{unitId}/{year}', { params: { path: { honourCode, unitId, year } }, body: { quota: places } })),
          t('honours.quota.done'),
        )
      }
    >
      <ProFormSelect
        name="honourCode"
        label={t('honours.col.honour')}
        showSearch
        fieldProps={{ optionFilterProp: 'label' }}
        disabled={!!quota}
        rules={[{ required: true, message: t('honours.nominate.honourRequired') }]}
        options={honours.map((h) => ({ value: h.code, label: `${h.name}（${levelText(t, h.conferringLevel)}）` }))}
      />
      {quota ? (
        <Form.Item label={t('honours.col.conferringUnit')}>{quota.unitName}</Form.Item>
      ) : (
        <ProForm.Item name="unitId" label={t('honours.col.conferringUnit')} rules={[{ required: true, message: t('honours.nominate.unionRequired') }]}>
          <UnitPicker kinds={['city_federation', 'county_federation']} />
        </ProForm.Item>
      )}
      <ProFormDigit name="year" label={t('honours.col.year')} min={2000} max={2100} disabled={!!quota} fieldProps={{ precision: 0 }} rules={[{ required: true, message: t('honours.nominate.yearRequired') }]} />
      <ProFormDigit name="quota" label={t('honours.col.quota')} min={0} max={10000} fieldProps={{ precision: 0 }} rules={[{ required: true, message: t('honours.quota.quotaRequired') }]} />
    </ModalForm>
  );
}

/** 名额: the quotas of the unions on my line, by level, with the places taken, in approval and left. */
export default function QuotaTable() {
  const { t } = useLocale();
  const { access } = useSession();
  const table = useRef<ActionType>();
  const columns: ProColumns<Quota>[] = [
    { title: t('honours.col.year'), dataIndex: 'year', valueType: 'digit', width: 90, initialValue: thisYear(), render: (_, q) => q.year },
    {
      title: t('honours.col.level'),
      dataIndex: 'conferringLevel',
      search: false,
      width: 90,
      render: (_, q) => levelText(t, q.conferringLevel),
    },
    { title: t('honours.col.honour'), dataIndex: 'honourName', search: false },
    { title: t('honours.col.conferringUnit'), dataIndex: 'unitName', search: false },
    { title: t('honours.col.quota'), dataIndex: 'quota', search: false, width: 80, align: 'right' },
    { title: t('honours.col.taken'), dataIndex: 'taken', search: false, width: 80, align: 'right' },
    { title: t('honours.col.inApproval'), dataIndex: 'inApproval', search: false, width: 80, align: 'right' },
    { title: t('honours.col.left'), dataIndex: 'left', search: false, width: 80, align: 'right' },
    {
      title: t('honours.col.usage'),
      search: false,
      width: 160,
      render: (_, q) => <Progress percent={q.quota ? Math.round((q.taken / q.quota) * 100) : 0} size="small" status={q.left === 0 ? 'exception' : 'normal'} />,
    },
    ...(access.canSetHonourQuotas
      ? [{ title: t('honours.col.actions'), valueType: 'option' as const, width: 90, render: (_: unknown, q: Quota) => <SetQuotaForm table={table} quota={q} /> }]
      : []),
  ];
  return (
    <ProTable<Quota>
      actionRef={table}
      rowKey={(q) => `${q.honourCode}:${q.unitId}:${q.year}`}
      columns={columns}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      {...serverTableDefaults}
      toolBarRender={() => (access.canSetHonourQuotas ? [<SetQuotaForm key="set" table={table} />] : [])}
      request={async ({ year, ...paging }) => tablePage(await unwrap(awards.GET('/honour-quotas', { params: { query: { year: year || undefined, ...listQuery(paging) } } })))}
    />
  );
}
