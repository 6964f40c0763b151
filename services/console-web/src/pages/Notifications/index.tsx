import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Badge, Button, Segmented } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { formatDateTime } from '../../utils/format';

type Notification = Ok<RegistrationApi['/notifications']['get']>['items'][number];

const kindLabels: Record<string, { text: string; color: string }> = {
  'to-decide': { text: '待审批', color: 'red' },
  returned: { text: '被退回', color: 'orange' },
  outcome: { text: '审批结果', color: 'green' },
  escalation: { text: '超期上报', color: 'volcano' },
  reminder: { text: '催办提醒', color: 'gold' },
};

/** 消息通知: what the approval chains told me, read and unread; opening one goes to its item. */
export default function Notifications() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useRef<ActionType>();
  const [unreadOnly, setUnreadOnly] = useState(false);

  const open = async (n: Notification) => {
    if (!n.readAt) await registration.POST('/notifications/{id}/read', { params: { path: { id: n.id } } });
    navigate(`/approvals/${n.service}/${encodeURIComponent(n.workflowId)}`);
  };

  const columns: ProColumns<Notification>[] = [
    { title: '', dataIndex: 'readAt', width: 24, render: (_, n) => (n.readAt ? null : <Badge status="error" aria-label="未读" />) },
    { title: '类型', dataIndex: 'kind', width: 110, render: (_, n) => <Badge color={kindLabels[n.kind]?.color} text={kindLabels[n.kind]?.text ?? n.kind} /> },
    { title: '内容', dataIndex: 'text', render: (_, n) => <a onClick={() => open(n)} style={{ fontWeight: n.readAt ? 400 : 600 }}>{n.text}</a> },
    { title: '时间', dataIndex: 'createdAt', width: 190, render: (_, n) => formatDateTime(n.createdAt) },
  ];

  return (
    <PageContainer title="消息通知">
      <ProTable<Notification>
        actionRef={table}
        rowKey="id"
        search={false}
        columns={columns}
        params={{ unreadOnly }}
        pagination={{ defaultPageSize: 20 }}
        toolBarRender={() => [
          <Segmented key="filter" options={[{ label: '全部', value: 'all' }, { label: '未读', value: 'unread' }]} onChange={(v) => setUnreadOnly(v === 'unread')} />,
          <Button
            key="all"
            onClick={async () => {
              await unwrap(registration.POST('/notifications/read-all'));
              message.success('已全部标为已读');
              table.current?.reload();
            }}
          >
            全部标为已读
          </Button>,
        ]}
        request={async ({ current = 1, pageSize = 20 }) => {
          const page = await unwrap(registration.GET('/notifications', { params: { query: { unreadOnly: unreadOnly || undefined, limit: pageSize, offset: (current - 1) * pageSize } } }));
          return { data: page.items, total: page.total, success: true };
        }}
      />
    </PageContainer>
  );
}
