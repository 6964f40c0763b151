import { Badge, Card, Input, Select, Space, Switch, Table, Tabs, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import Page from '../../components/Page';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { formatDateTime, formatWaited } from '../../utils/format';
import { itemKindKeys, itemKindLabel, serviceLabel, statusColors } from './labels';
import type { SortOrder } from 'antd/es/table/interface';

type Box = 'todo' | 'done' | 'mine' | 'cc';
type CentrePage = Ok<RegistrationApi['/approval-centre/items']['get']>;
type CentreItem = CentrePage['items'][number];
type Counts = Ok<RegistrationApi['/approval-centre/counts']['get']>;
type CentreSort = NonNullable<NonNullable<RegistrationApi['/approval-centre/items']['get']['parameters']['query']>['sort']>;
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
  // The server sorts: 'at' (the box's own time), 'dueAt' (the step's deadline), '-' for descending; the box's own order when unset.
  const [sort, setSort] = useState<CentreSort>();
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
        params: { query: { box, ...filters, q: filters.q || undefined, sort, limit: paging.pageSize, offset: (paging.current - 1) * paging.pageSize } },
      }),
    )
      .then((p) => current && setPage(p))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [box, filters, paging, sort]);

  const sortOrderOf = (field: string): SortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);
  const open = (item: CentreItem) => `/approvals/${item.service}/${encodeURIComponent(item.workflowId)}`;
  const columns: TableColumnsType<CentreItem> = [
    {
      title: t('approvals.centre.item'),
      dataIndex: 'title',
      render: (_, item) => (
        <Space direction="vertical" size={0}>
          <Link to={open(item)}>{item.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {itemKindLabel(t, item.itemKind)} · {serviceLabel(t, item.service)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('approvals.centre.step'), dataIndex: 'stepTitle', render: (_, i) => i.stepTitle ?? '—' },
    { title: t('approvals.centre.submitter'), dataIndex: ['submitter', 'displayName'] },
    {
      title: t(box === 'todo' ? 'approvals.centre.waited' : 'approvals.centre.submittedAt'),
      dataIndex: 'waitingSince',
      key: 'at',
      sorter: true,
      // Ascending by the time waited reads oldest first, as 待办 is served.
      sortOrder: sortOrderOf('at'),
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
    ...(box === 'todo'
      ? [
          {
            title: <Tooltip title={t('workdays.approvals.dueRule')}>{t('approvals.centre.dueAt')}</Tooltip>,
            dataIndex: 'dueAt',
            key: 'dueAt',
            sorter: true,
            sortOrder: sortOrderOf('dueAt'),
            render: (_: unknown, i: CentreItem) => (i.dueAt ? formatDateTime(i.dueAt) : '—'),
          },
        ]
      : []),
    {
      title: t('approvals.status'),
      dataIndex: 'status',
      render: (_, i) => (
        <Space size={4}>
          <Badge status={statusColors[i.status] as 'processing'} text={t(`status.${i.status}` as MessageKey)} />
          {i.waitingAs === 'submitter' && box === 'todo' && <Tag color="orange">{t('approvals.centre.toRevise')}</Tag>}
          {i.onBehalfOf && <Tag color="purple">{t('approvals.centre.asDeputy')}</Tag>}
        </Space>
      ),
    },
    { title: t('approvals.actions'), key: 'open', width: 80, render: (_, i) => <Link to={open(i)}>{t(box === 'todo' ? 'approvals.centre.handle' : 'common.view')}</Link> },
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
    <Page title={t('menu.approvals')} extra={counts?.overdue ? <Tag color="red">{t('approvals.centre.overdueCount', { count: counts.overdue })}</Tag> : undefined}>
      <Tabs
        activeKey={box}
        onChange={(key) => {
          setParams({ box: key });
          setPaging((p) => ({ ...p, current: 1 }));
          setSort(undefined);
        }}
        items={boxes.map((b) => ({ key: b, label: tab(b) }))}
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('approvals.centre.searchTitle')}
            placeholder={t('approvals.centre.searchTitle')}
            allowClear
            style={{ width: 260 }}
            onSearch={(q) => {
              setFilters((f) => ({ ...f, q }));
              setPaging((p) => ({ ...p, current: 1 }));
            }}
          />
          <Select
            aria-label={t('approvals.centre.kind')}
            placeholder={t('approvals.centre.allKinds')}
            allowClear
            style={{ width: 180 }}
            options={Object.entries(itemKindKeys).map(([value, key]) => ({ value, label: t(key) }))}
            onChange={(kind) => {
              setFilters((f) => ({ ...f, kind }));
              setPaging((p) => ({ ...p, current: 1 }));
            }}
          />
          {box === 'todo' && (
            <Space>
              <Switch
                aria-label={t('approvals.centre.overdueOnly')}
                onChange={(overdueOnly) => {
                  setFilters((f) => ({ ...f, overdueOnly: overdueOnly || undefined }));
                  setPaging((p) => ({ ...p, current: 1 }));
                }}
              />
              {t('approvals.centre.overdueOnly')}
            </Space>
          )}
        </Space>
        <Table<CentreItem>
          rowKey="workflowId"
          columns={columns}
          dataSource={page?.items}
          loading={loading}
          onChange={(_, __, sorter) => {
            const { columnKey, order } = Array.isArray(sorter) ? sorter[0] : sorter;
            setSort(order && columnKey ? (`${order === 'descend' ? '-' : ''}${String(columnKey)}` as CentreSort) : undefined);
          }}
          pagination={{
            ...paging,
            total: page?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total, [from, to]) => t('approvals.centre.total', { from, to, total }),
            onChange: (current, pageSize) => setPaging({ current, pageSize }),
          }}
        />
      </Card>
    </Page>
  );
}
