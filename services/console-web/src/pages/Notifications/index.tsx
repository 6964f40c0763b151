import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Badge, Button, Segmented } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { formatDateTime } from '../../utils/format';
import { notificationLine } from '../Approvals/labels';
import { listQuery, tablePage } from '../../components/server-list';

type Notification = Ok<RegistrationApi['/notifications']['get']>['items'][number];

const kindLabels: Record<string, { text: MessageKey; color: string }> = {
  'to-decide': { text: 'approvals.notifications.toDecide', color: 'red' },
  returned: { text: 'approvals.notifications.returned', color: 'orange' },
  outcome: { text: 'approvals.notifications.outcome', color: 'green' },
  escalation: { text: 'approvals.notifications.escalation', color: 'volcano' },
  reminder: { text: 'approvals.notifications.reminder', color: 'gold' },
};

/** 消息通知: what the approval chains told me, read and unread; opening one goes to its item. */
export default function Notifications() {
  const { message } = App.useApp();
  const { locale, t } = useLocale();
  const navigate = useNavigate();
  const table = useRef<ActionType>();
  const [unreadOnly, setUnreadOnly] = useState(false);

  const open = async (n: Notification) => {
    if (!n.readAt) await registration.POST('/notifications/{id}/read', { params: { path: { id: n.id } } });
    navigate(`/approvals/${n.service}/${encodeURIComponent(n.workflowId)}`);
  };

  const columns: ProColumns<Notification>[] = [
    { title: '', dataIndex: 'readAt', width: 24, render: (_, n) => (n.readAt ? null : <Badge status="error" aria-label={t('approvals.notifications.unread')} />) },
    {
      title: t('approvals.notifications.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (_, n) => <Badge color={kindLabels[n.kind]?.color} text={kindLabels[n.kind] ? t(kindLabels[n.kind].text) : n.kind} />,
    },
    {
      title: t('approvals.notifications.text'),
      dataIndex: 'text',
      render: (_, n) => (
        <a onClick={() => open(n)} style={{ fontWeight: n.readAt ? 400 : 600 }}>
          {notificationLine(t, locale, n)}
        </a>
      ),
    },
    { title: t('approvals.notifications.time'), dataIndex: 'createdAt', width: 190, render: (_, n) => formatDateTime(n.createdAt) },
  ];

  return (
    <PageContainer title={t('menu.notifications')}>
      <ProTable<Notification>
        actionRef={table}
        rowKey="id"
        search={false}
        columns={columns}
        params={{ unreadOnly }}
        pagination={{ defaultPageSize: 20 }}
        toolBarRender={() => [
          <Segmented key="filter" options={[
              { label: t('approvals.all'), value: 'all' },
              { label: t('approvals.notifications.unread'), value: 'unread' },
            ]} onChange={(v) => setUnreadOnly(v === 'unread')} />,
          <Button
            key="all"
            onClick={async () => {
              await unwrap(registration.POST('/notifications/read-all'));
              message.success(t('approvals.notifications.allRead'));
              table.current?.reload();
            }}
          >
            {t('approvals.notifications.markAllRead')}
          </Button>,
        ]}
        request={async ({ current = 1, pageSize = 20 }) => {
          const page = await unwrap(registration.GET('/notifications', { params: { query: { unreadOnly: unreadOnly || undefined, ...listQuery({ current, pageSize }) } } }));
          return tablePage(page);
        }}
      />
    </PageContainer>
  );
}
