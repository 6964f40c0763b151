import { Badge, Card, Input, Select, Space, Switch, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import Page from '../../components/Page';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { formatDateTime, formatWaited } from '../../utils/format';
import { itemKindLabels, serviceLabels, statusColors } from './labels';

type Box = 'todo' | 'done' | 'mine' | 'cc';
type CentrePage = Ok<RegistrationApi['/approval-centre/items']['get']>;
type CentreItem = CentrePage['items'][number];
type Counts = Ok<RegistrationApi['/approval-centre/counts']['get']>;
const boxes: Box[] = ['todo', 'done', 'mine', 'cc'];

/**
 * 审批中心: one list across every service, in four boxes, paged, searched and filtered on the server. A
 * cadre's busiest screen, so it is built on antd's Table alone (no pro table) and opens quickly even with
 * ten thousand items waiting.
 */
export default function ApprovalCentre() {
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const box = (boxes.includes(params.get('box') as Box) ? params.get('box') : 'todo') as Box;
  const [counts, setCounts] = useState<Counts>();
  const [filters, setFilters] = useState<{ q?: string; kind?: string; overdueOnly?: boolean }>({});
  const [paging, setPaging] = useState({ current: 1, pageSize: 20 });
  const [page, setPage] = useState<CentrePage>();
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    unwrap(registration.GET('/approval-centre/counts')).then(setCounts, () => undefined);
  }, [box]);

  useEffect(() => {
    let current = true;
    setLoading(true);
    unwrap(
      registration.GET('/approval-centre/items', {
        params: { query: { box, ...filters, q: filters.q || undefined, limit: paging.pageSize, offset: (paging.current - 1) * paging.pageSize } },
      }),
    )
      .then((p) => current && setPage(p))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [box, filters, paging]);

  const open = (item: CentreItem) => `/approvals/${item.service}/${encodeURIComponent(item.workflowId)}`;
  const columns: TableColumnsType<CentreItem> = [
    {
      title: '事项',
      dataIndex: 'title',
      render: (_, item) => (
        <Space direction="vertical" size={0}>
          <Link to={open(item)}>{item.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {itemKindLabels[item.itemKind] ?? item.itemKind} · {serviceLabels[item.service as keyof typeof serviceLabels] ?? item.service}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '当前环节', dataIndex: 'stepTitle', render: (_, i) => i.stepTitle ?? '—' },
    { title: '提交人', dataIndex: ['submitter', 'displayName'] },
    {
      title: box === 'todo' ? '已等待' : '提交时间',
      dataIndex: 'waitingSince',
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
      render: (_, i) => (
        <Space size={4}>
          <Badge status={statusColors[i.status] as 'processing'} text={t(`status.${i.status}` as MessageKey)} />
          {i.waitingAs === 'submitter' && box === 'todo' && <Tag color="orange">退回待修改</Tag>}
          {i.onBehalfOf && <Tag color="purple">代办</Tag>}
        </Space>
      ),
    },
    { title: '操作', key: 'open', width: 80, render: (_, i) => <Link to={open(i)}>{box === 'todo' ? '办理' : t('common.view')}</Link> },
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
    <Page title={t('menu.approvals')} extra={counts?.overdue ? <Tag color="red">超期 {counts.overdue} 件</Tag> : undefined}>
      <Tabs
        activeKey={box}
        onChange={(key) => {
          setParams({ box: key });
          setPaging((p) => ({ ...p, current: 1 }));
        }}
        items={boxes.map((b) => ({ key: b, label: tab(b) }))}
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label="按标题搜索"
            placeholder="按标题搜索"
            allowClear
            style={{ width: 260 }}
            onSearch={(q) => {
              setFilters((f) => ({ ...f, q }));
              setPaging((p) => ({ ...p, current: 1 }));
            }}
          />
          <Select
            aria-label="事项类型"
            placeholder="全部类型"
            allowClear
            style={{ width: 180 }}
            options={Object.entries(itemKindLabels).map(([value, label]) => ({ value, label }))}
            onChange={(kind) => {
              setFilters((f) => ({ ...f, kind }));
              setPaging((p) => ({ ...p, current: 1 }));
            }}
          />
          {box === 'todo' && (
            <Space>
              <Switch
                aria-label="仅看超期"
                onChange={(overdueOnly) => {
                  setFilters((f) => ({ ...f, overdueOnly: overdueOnly || undefined }));
                  setPaging((p) => ({ ...p, current: 1 }));
                }}
              />
              仅看超期
            </Space>
          )}
        </Space>
        <Table<CentreItem>
          rowKey="workflowId"
          columns={columns}
          dataSource={page?.items}
          loading={loading}
          pagination={{
            ...paging,
            total: page?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total, [from, to]) => `第 ${from}-${to} 条/总共 ${total} 条`,
            onChange: (current, pageSize) => setPaging({ current, pageSize }),
          }}
        />
      </Card>
    </Page>
  );
}
