import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Badge, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { formatDateTime, formatWaited } from '../../utils/format';
import { itemKindLabels, serviceLabels, statusColors } from './labels';

type Box = 'todo' | 'done' | 'mine' | 'cc';
type CentreItem = Ok<RegistrationApi['/approval-centre/items']['get']>['items'][number];
type Counts = Ok<RegistrationApi['/approval-centre/counts']['get']>;
const boxes: Box[] = ['todo', 'done', 'mine', 'cc'];

/** 审批中心: one list across every service, in four boxes, paged and filtered on the server. */
export default function ApprovalCentre() {
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const box = (boxes.includes(params.get('box') as Box) ? params.get('box') : 'todo') as Box;
  const [counts, setCounts] = useState<Counts>();
  const table = useRef<ActionType>();

  useEffect(() => {
    unwrap(registration.GET('/approval-centre/counts')).then(setCounts, () => undefined);
  }, [box]);

  const columns: ProColumns<CentreItem>[] = [
    {
      title: '事项',
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: '按标题搜索' },
    },
    {
      title: '事项',
      dataIndex: 'title',
      search: false,
      render: (_, item) => (
        <Space direction="vertical" size={0}>
          <Link to={`/approvals/${item.service}/${encodeURIComponent(item.workflowId)}`}>{item.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {itemKindLabels[item.itemKind] ?? item.itemKind} · {serviceLabels[item.service as keyof typeof serviceLabels] ?? item.service}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      hideInTable: true,
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(itemKindLabels).map(([k, v]) => [k, { text: v }])),
    },
    { title: '当前环节', dataIndex: 'stepTitle', search: false, render: (_, i) => i.stepTitle ?? '—' },
    { title: '提交人', dataIndex: ['submitter', 'displayName'], search: false },
    {
      title: box === 'todo' ? '已等待' : '提交时间',
      dataIndex: 'waitingSince',
      search: false,
      render: (_, i) =>
        box === 'todo' ? (
          <Space>
            {formatWaited(i.waitingSince)}
            {i.overdue && <Tag color="red">{t('approval.overdue')}</Tag>}
          </Space>
        ) : (
          formatDateTime(i.submittedAt)
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      search: false,
      render: (_, i) => (
        <Space size={4}>
          <Badge status={statusColors[i.status] as 'processing'} text={t(`status.${i.status}` as MessageKey)} />
          {i.waitingAs === 'submitter' && box === 'todo' && <Tag color="orange">退回待修改</Tag>}
          {i.onBehalfOf && <Tag color="purple">代办</Tag>}
        </Space>
      ),
    },
    {
      title: '仅看超期',
      dataIndex: 'overdueOnly',
      hideInTable: true,
      valueType: 'switch',
    },
    {
      title: '操作',
      valueType: 'option',
      render: (_, i) => [
        <Link key="open" to={`/approvals/${i.service}/${encodeURIComponent(i.workflowId)}`}>
          {box === 'todo' ? '办理' : t('common.view')}
        </Link>,
      ],
    },
  ];

  const tab = (b: Box) => {
    const n = counts?.[b];
    return (
      <Space size={4}>
        {t(`approval.${b}` as MessageKey)}
        {n ? <Badge count={n} overflowCount={9999} color={b === 'todo' ? '#c8161d' : '#8c8c8c'} /> : null}
      </Space>
    );
  };

  return (
    <PageContainer
      title={t('menu.approvals')}
      tabActiveKey={box}
      onTabChange={(key) => {
        setParams({ box: key });
        table.current?.reset?.();
      }}
      tabList={boxes.map((b) => ({ key: b, tab: tab(b) }))}
      extra={counts?.overdue ? <Tag color="red">超期 {counts.overdue} 件</Tag> : undefined}
    >
      <ProTable<CentreItem>
        key={box}
        actionRef={table}
        rowKey="workflowId"
        columns={columns}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ reload: true, density: false, setting: false }}
        request={async ({ current = 1, pageSize = 20, q, kind, overdueOnly }) => {
          const page = await unwrap(
            registration.GET('/approval-centre/items', {
              params: {
                query: { box, limit: pageSize, offset: (current - 1) * pageSize, q: q || undefined, kind: kind || undefined, overdueOnly: overdueOnly || undefined },
              },
            }),
          );
          return { data: page.items, total: page.total, success: true };
        }}
      />
    </PageContainer>
  );
}
