import { Button, Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { roleLabel } from '../../access';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime, formatWaited } from '../../utils/format';
import { itemKindLabels } from '../Approvals/labels';
import styles from './workbench.module.css';

type Counts = Ok<RegistrationApi['/approval-centre/counts']['get']>;
type CentrePage = Ok<RegistrationApi['/approval-centre/items']['get']>;
type Notifications = Ok<RegistrationApi['/notifications']['get']>;

/**
 * 工作台: what waits for me, what is overdue, what happened, and where my role usually goes next. The first
 * screen of a signed-in cadre, so it is built from antd's lighter parts only (no table, no pro-card).
 */
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

  const figures = [
    { title: '待办', value: counts?.todo, to: '/approvals?box=todo' },
    { title: '已超期', value: counts?.overdue, to: '/approvals?box=todo', alarm: !!counts?.overdue },
    { title: '我发起的', value: counts?.mine, to: '/approvals?box=mine' },
    { title: '未读消息', value: notes?.unread, to: '/notifications' },
  ];

  return (
    <div className={styles.page}>
      <Space align="baseline" wrap className={styles.greeting}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          您好，{user?.displayName}
        </Typography.Title>
        <Typography.Text type="secondary">{user?.orgUnitName}</Typography.Text>
        {user?.roles.map((r) => (
          <Tag key={r}>{roleLabel(r, locale)}</Tag>
        ))}
      </Space>
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col key={f.title} xs={12} md={6}>
            <Card hoverable size="small" onClick={() => navigate(f.to)}>
              <Statistic title={f.title} value={f.value ?? '—'} valueStyle={f.alarm ? { color: '#cf1322' } : undefined} />
            </Card>
          </Col>
        ))}
        <Col xs={24} lg={14}>
          <Card title="我的待办" extra={<Link to="/approvals">全部</Link>}>
            {todo?.items.length ? (
              <ul className={styles.list}>
                {todo.items.map((i) => (
                  <li key={i.workflowId}>
                    <Link to={`/approvals/${i.service}/${encodeURIComponent(i.workflowId)}`}>{i.title}</Link>
                    {i.overdue && <Tag color="red">已超期</Tag>}
                    <div className={styles.meta}>
                      {itemKindLabels[i.itemKind] ?? i.itemKind} · {i.stepTitle ?? ''} · 已等待{formatWaited(i.waitingSince)}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty description="暂无待办" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title="最新消息" extra={<Link to="/notifications">全部</Link>}>
              {notes?.items.length ? (
                <ul className={styles.list}>
                  {notes.items.map((n) => (
                    <li key={n.id}>
                      <Typography.Text strong={!n.readAt}>{n.text}</Typography.Text>
                      <div className={styles.meta}>{formatDateTime(n.createdAt)}</div>
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty description="暂无消息" />
              )}
            </Card>
            <Card title="快捷入口">
              <Space wrap>
                {shortcuts.map((s) => (
                  <Button key={s.to} onClick={() => navigate(s.to)}>
                    {s.label}
                  </Button>
                ))}
              </Space>
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}
