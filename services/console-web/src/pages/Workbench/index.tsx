import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { roleLabel } from '../../access';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime, formatWaited } from '../../utils/format';
import { itemKindLabels } from '../Approvals/labels';

type Counts = Ok<RegistrationApi['/approval-centre/counts']['get']>;
type CentrePage = Ok<RegistrationApi['/approval-centre/items']['get']>;
type Notifications = Ok<RegistrationApi['/notifications']['get']>;

/** 工作台: what waits for me, what is overdue, what happened, and where my role usually goes next. */
export default function Workbench() {
  const { user, access } = useSession();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [counts, setCounts] = useState<Counts>();
  const [todo, setTodo] = useState<CentrePage>();
  const [notes, setNotes] = useState<Notifications>();

  useEffect(() => {
    unwrap(registration.GET('/approval-centre/counts')).then(setCounts, () => undefined);
    unwrap(registration.GET('/approval-centre/items', { params: { query: { box: 'todo', limit: 6, offset: 0 } } })).then(setTodo, () => undefined);
    unwrap(registration.GET('/notifications', { params: { query: { limit: 6, offset: 0 } } })).then(setNotes, () => undefined);
  }, []);

  const shortcuts = [
    access.canManageCompetitions && { label: '新建竞赛', to: '/competitions/new' },
    access.isUnionCadre && { label: '组织架构', to: '/org' },
    access.isUnionCadre && { label: '竞赛管理', to: '/competitions' },
    access.canSeeCoverage && { label: '参赛覆盖面', to: '/coverage' },
    access.canReadAudit && { label: '审计日志', to: '/audit' },
    { label: '审批中心', to: '/approvals' },
  ].filter(Boolean) as { label: string; to: string }[];

  return (
    <PageContainer
      title={`您好，${user?.displayName ?? ''}`}
      subTitle={
        <Space size={4} wrap>
          {user?.orgUnitName}
          {user?.roles.map((r) => (
            <Tag key={r}>{roleLabel(r, locale)}</Tag>
          ))}
        </Space>
      }
    >
      <StatisticCard.Group direction="row" style={{ marginBottom: 16 }}>
        <StatisticCard statistic={{ title: '待办', value: counts?.todo ?? '—' }} onClick={() => navigate('/approvals?box=todo')} style={{ cursor: 'pointer' }} />
        <StatisticCard statistic={{ title: '已超期', value: counts?.overdue ?? '—', valueStyle: { color: counts?.overdue ? '#cf1322' : undefined } }} />
        <StatisticCard statistic={{ title: '我发起的', value: counts?.mine ?? '—' }} onClick={() => navigate('/approvals?box=mine')} style={{ cursor: 'pointer' }} />
        <StatisticCard statistic={{ title: '未读消息', value: notes?.unread ?? '—' }} onClick={() => navigate('/notifications')} style={{ cursor: 'pointer' }} />
      </StatisticCard.Group>
      <ProCard gutter={16} ghost wrap>
        <ProCard colSpan={{ xs: 24, lg: 14 }} title="我的待办" extra={<Link to="/approvals">全部</Link>} headerBordered>
          {todo?.items.length ? (
            <List
              dataSource={todo.items}
              renderItem={(i) => (
                <List.Item actions={[<Link key="go" to={`/approvals/${i.service}/${encodeURIComponent(i.workflowId)}`}>办理</Link>]}>
                  <List.Item.Meta
                    title={
                      <Space>
                        {i.title}
                        {i.overdue && <Tag color="red">已超期</Tag>}
                      </Space>
                    }
                    description={`${itemKindLabels[i.itemKind] ?? i.itemKind} · ${i.stepTitle ?? ''} · 已等待${formatWaited(i.waitingSince)}`}
                  />
                </List.Item>
              )}
            />
          ) : (
            <Empty description="暂无待办" />
          )}
        </ProCard>
        <ProCard colSpan={{ xs: 24, lg: 10 }} direction="column" ghost gutter={[0, 16]}>
          <ProCard title="最新消息" extra={<Link to="/notifications">全部</Link>} headerBordered>
            {notes?.items.length ? (
              <List
                size="small"
                dataSource={notes.items}
                renderItem={(n) => (
                  <List.Item>
                    <Typography.Text strong={!n.readAt}>{n.text}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ) : (
              <Empty description="暂无消息" />
            )}
          </ProCard>
          <ProCard title="快捷入口" headerBordered>
            <Space wrap>
              {shortcuts.map((s) => (
                <Button key={s.to} onClick={() => navigate(s.to)}>
                  {s.label}
                </Button>
              ))}
            </Space>
          </ProCard>
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
