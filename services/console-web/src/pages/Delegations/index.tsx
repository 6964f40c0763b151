import { ModalForm, ProFormDateTimeRangePicker, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { App, Button, Card, Form, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import Page from '../../components/Page';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { ApiError, refusalText, registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';
import type { Translate } from '../Approvals/labels';

type Delegations = Ok<RegistrationApi['/delegations']['get']>;
type Delegation = Delegations['given'][number];

function state(t: Translate, d: Delegation) {
  if (d.revokedAt) return <Tag>{t('approvals.delegations.revoked')}</Tag>;
  if (d.inForce) return <Tag color="green">{t('approvals.delegations.inForce')}</Tag>;
  return dayjs(d.validFrom).isAfter(dayjs()) ? <Tag color="blue">{t('approvals.delegations.notStarted')}</Tag> : <Tag>{t('approvals.delegations.expired')}</Tag>;
}

/** The usual absences, from now to the end of the last day: one click instead of two date-times. */
const PERIOD_PRESETS: { label: MessageKey; days: number }[] = [
  { label: 'approvals.delegations.threeDays', days: 3 },
  { label: 'approvals.delegations.oneWeek', days: 7 },
  { label: 'approvals.delegations.twoWeeks', days: 14 },
  { label: 'approvals.delegations.oneMonth', days: 30 },
];

const periodPresets = (t: Translate) =>
  PERIOD_PRESETS.map(({ label, days }) => ({ label: t(label), value: () => [dayjs(), dayjs().add(days - 1, 'day').endOf('day')] as [dayjs.Dayjs, dayjs.Dayjs] }));

/**
 * 委托代办: while I am away, a colleague decides my approval steps for me, in every service at once (one
 * grant, registration tells the others). Each decision made so says it was made on my behalf.
 */
export default function DelegationsPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const { t } = useLocale();
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
      message.success(t('approvals.delegations.revokeDone'));
      await load();
    } catch (e) {
      message.error(e instanceof ApiError ? refusalText(e.refusal) : String(e));
    }
  };

  const columns = (side: 'given' | 'received'): TableColumnsType<Delegation> => [
    side === 'given' ? { title: t('approvals.delegations.deputy'), dataIndex: 'deputyDisplayName' } : { title: t('approvals.delegations.approver'), dataIndex: 'approverDisplayName' },
    {
      title: t('approvals.delegations.period'),
      key: 'period',
      render: (_, d) => t('approvals.delegations.periodValue', { from: formatDateTime(d.validFrom), until: formatDateTime(d.validUntil) }),
    },
    { title: t('approvals.delegations.reason'), dataIndex: 'reason' },
    { title: t('approvals.status'), key: 'state', render: (_, d) => state(t, d) },
    ...(side === 'given'
      ? [
          {
            title: t('approvals.actions'),
            key: 'revoke',
            render: (_: unknown, d: Delegation) =>
              !d.revokedAt && dayjs(d.validUntil).isAfter(dayjs()) ? (
                <Popconfirm title={t('approvals.delegations.revokeConfirm')} onConfirm={() => revoke(d)}>
                  <a>{t('approvals.delegations.revoke')}</a>
                </Popconfirm>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('menu.delegations')}
      extra={
        <ModalForm
          title={t('approvals.delegations.modalTitle')}
          form={form}
          trigger={<Button type="primary">{t('approvals.delegations.new')}</Button>}
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
              message.success(t('approvals.delegations.created'));
              await load();
            }
            return ok;
          }}
        >
          <ProFormSelect
            name="deputyUserId"
            label={t('approvals.delegations.deputy')}
            showSearch
            rules={[{ required: true, message: t('approvals.delegations.deputyRequired') }]}
            debounceTime={300}
            request={async ({ keyWords }) => {
              const page = await unwrap(registration.GET('/users', { params: { query: { orgUnitId: user?.orgUnitId, q: keyWords || undefined, limit: 30, offset: 0 } } }));
              return page.items.filter((u) => u.id !== user?.id && u.active).map((u) => ({ value: u.id, label: t('approvals.delegations.user', { name: u.displayName, username: u.username }) }));
            }}
          />
          <ProFormDateTimeRangePicker
            name="period"
            label={t('approvals.delegations.span')}
            fieldProps={{ placeholder: [t('approvals.delegations.start'), t('approvals.delegations.end')], presets: periodPresets(t) }}
            rules={[{ required: true, message: t('approvals.delegations.spanRequired') }]}
          />
          <ProFormTextArea
            name="reason"
            label={t('approvals.delegations.reason')}
            placeholder={t('approvals.delegations.reasonExample')}
            rules={[{ required: true, message: t('approvals.delegations.reasonRequired') }]}
          />
        </ModalForm>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('approvals.delegations.given')}>
          <Table rowKey="id" size="small" pagination={false} columns={columns('given')} dataSource={delegations?.given} />
        </Card>
        <Card title={t('approvals.delegations.received')}>
          <Table rowKey="id" size="small" pagination={false} columns={columns('received')} dataSource={delegations?.received} />
        </Card>
      </Space>
    </Page>
  );
}
