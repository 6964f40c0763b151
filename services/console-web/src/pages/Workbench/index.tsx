import { Button, Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { roleLabel } from '../../access';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime, formatWaited } from '../../utils/format';
import { itemKindLabel, notificationLine } from '../Approvals/labels';
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
  const { locale, t } = useLocale();
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
    access.canManageCompetitions && { label: t('approvals.workbench.newCompetition'), to: '/competitions/new' },
    access.isUnionCadre && { label: t('menu.org'), to: '/org' },
    access.isUnionCadre && { label: t('menu.competitions'), to: '/competitions' },
    access.canSeeCoverage && { label: t('menu.coverage'), to: '/coverage' },
    access.canReadAudit && { label: t('approvals.workbench.auditLog'), to: '/audit' },
    { label: t('menu.approvals'), to: '/approvals' },
  ].filter(Boolean) as { label: string; to: string }[];

  const figures = [
    { title: t('approval.todo'), value: counts?.todo, to: '/approvals?box=todo' },
    { title: t('approval.overdue'), value: counts?.overdue, to: '/approvals?box=todo', alarm: !!counts?.overdue },
    { title: t('approval.mine'), value: counts?.mine, to: '/approvals?box=mine' },
    { title: t('approvals.workbench.unread'), value: notes?.unread, to: '/notifications' },
  ];

  return (
    <div className={styles.page}>
      <Space align="baseline" wrap className={styles.greeting}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('approvals.workbench.hello', { name: user?.displayName ?? '' })}
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
          <Card title={t('approvals.workbench.myTodo')} extra={<Link to="/approvals">{t('approvals.all')}</Link>}>
            {todo?.items.length ? (
              <ul className={styles.list}>
                {todo.items.map((i) => (
                  <li key={i.workflowId}>
                    <Link to={`/approvals/${i.service}/${encodeURIComponent(i.workflowId)}`}>{i.title}</Link>
                    {i.overdue && <Tag color="red">{t('approval.overdue')}</Tag>}
                    <div className={styles.meta}>
                      {itemKindLabel(t, i.itemKind)} · {i.stepTitle ?? ''} · {t('approvals.workbench.waited', { time: formatWaited(i.waitingSince) })}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty description={t('approvals.workbench.noTodo')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('approvals.workbench.latest')} extra={<Link to="/notifications">{t('approvals.all')}</Link>}>
              {notes?.items.length ? (
                <ul className={styles.list}>
                  {notes.items.map((n) => (
                    <li key={n.id}>
                      <Typography.Text strong={!n.readAt}>{notificationLine(t, locale, n)}</Typography.Text>
                      <div className={styles.meta}>{formatDateTime(n.createdAt)}</div>
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty description={t('approvals.workbench.noMessages')} />
              )}
            </Card>
            <Card title={t('approvals.workbench.shortcuts')}>
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
