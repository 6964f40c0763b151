import { ModalForm, ProFormDateTimeRangePicker, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { App, Button, Card, Form, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import Page from '../../components/Page';
import { ApiError, refusalText, registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';

type Delegations = Ok<RegistrationApi['/delegations']['get']>;
type Delegation = Delegations['given'][number];

function state(d: Delegation) {
  if (d.revokedAt) return <Tag>已收回</Tag>;
  if (d.inForce) return <Tag color="green">生效中</Tag>;
  return dayjs(d.validFrom).isAfter(dayjs()) ? <Tag color="blue">未开始</Tag> : <Tag>已过期</Tag>;
}

/** The usual absences, from now to the end of the last day: one click instead of two date-times. */
const PERIOD_PRESETS = [
  { label: '今起三天', days: 3 },
  { label: '今起一周', days: 7 },
  { label: '今起两周', days: 14 },
  { label: '今起一个月', days: 30 },
].map(({ label, days }) => ({ label, value: () => [dayjs(), dayjs().add(days - 1, 'day').endOf('day')] as [dayjs.Dayjs, dayjs.Dayjs] }));

/**
 * 委托代办: while I am away, a colleague decides my approval steps for me, in every service at once (one
 * grant, registration tells the others). Each decision made so says it was made on my behalf.
 */
export default function DelegationsPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [form] = Form.useForm();
  const [delegations, setDelegations] = useState<Delegations>();
  const load = useCallback(() => unwrap(registration.GET('/delegations')).then(setDelegations), []);
  useEffect(() => {
    load();
  }, [load]);

  const revoke = async (d: Delegation) => {
    try {
      await unwrap(registration.POST('/delegations/{id}/revoke', { params: { path: { id: d.id } } }));
      message.success('已收回委托');
      await load();
    } catch (e) {
      message.error(e instanceof ApiError ? refusalText(e.refusal) : String(e));
    }
  };

  const columns = (side: 'given' | 'received'): TableColumnsType<Delegation> => [
    side === 'given' ? { title: '代办人', dataIndex: 'deputyDisplayName' } : { title: '委托人', dataIndex: 'approverDisplayName' },
    { title: '起止时间', key: 'period', render: (_, d) => `${formatDateTime(d.validFrom)} 至 ${formatDateTime(d.validUntil)}` },
    { title: '事由', dataIndex: 'reason' },
    { title: '状态', key: 'state', render: (_, d) => state(d) },
    ...(side === 'given'
      ? [
          {
            title: '操作',
            key: 'revoke',
            render: (_: unknown, d: Delegation) =>
              !d.revokedAt && dayjs(d.validUntil).isAfter(dayjs()) ? (
                <Popconfirm title="收回这项委托？收回后代办人不能再代您审批。" onConfirm={() => revoke(d)}>
                  <a>收回</a>
                </Popconfirm>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Page
      title="委托代办"
      extra={
        <ModalForm
          title="委托他人代为审批"
          form={form}
          trigger={<Button type="primary">新建委托</Button>}
          modalProps={{ destroyOnClose: true }}
          onFinish={async (v) => {
            const [from, until] = (v.period as string[]).map((d) => dayjs(d));
            const ok = await submitShowingRefusal(
              form,
              () =>
                unwrap(
                  registration.POST('/delegations', {
                    body: { deputyUserId: v.deputyUserId, validFrom: from.toISOString(), validUntil: until.toISOString(), reason: v.reason },
                  }),
                ),
              showRefusal,
            );
            if (ok) {
              message.success('委托已生效：在各项业务中都由代办人代您审批');
              await load();
            }
            return ok;
          }}
        >
          <ProFormSelect
            name="deputyUserId"
            label="代办人"
            showSearch
            rules={[{ required: true, message: '请选择代办人' }]}
            debounceTime={300}
            request={async ({ keyWords }) => {
              const page = await unwrap(registration.GET('/users', { params: { query: { orgUnitId: user?.orgUnitId, q: keyWords || undefined, limit: 30, offset: 0 } } }));
              return page.items.filter((u) => u.id !== user?.id && u.active).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
            }}
          />
          <ProFormDateTimeRangePicker
            name="period"
            label="委托期间"
            fieldProps={{ placeholder: ['开始时间', '结束时间'], presets: PERIOD_PRESETS }}
            rules={[{ required: true, message: '请选择委托期间' }]}
          />
          <ProFormTextArea name="reason" label="事由" placeholder="如：外出学习" rules={[{ required: true, message: '请填写委托事由' }]} />
        </ModalForm>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title="我委托他人">
          <Table rowKey="id" size="small" pagination={false} columns={columns('given')} dataSource={delegations?.given} />
        </Card>
        <Card title="他人委托我">
          <Table rowKey="id" size="small" pagination={false} columns={columns('received')} dataSource={delegations?.received} />
        </Card>
      </Space>
    </Page>
  );
}
