import { BellOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, TranslationOutlined } from '@ant-design/icons';
import { Badge, Dropdown, Layout, Menu, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, matchPath, useLocation, useNavigate } from 'react-router-dom';
import { roleLabel } from '../access';
import { routes } from '../config/routes';
import { useLocale } from '../locales';
import { registration } from '../services/api';
import { useSession } from '../session-context';
import styles from './console-layout.module.css';

/** How often the header asks for unread notifications: new items to decide arrive without a reload. */
const UNREAD_POLL_MS = 30_000;

function useUnreadNotifications(): number {
  const [unread, setUnread] = useState(0);
  const location = useLocation();
  useEffect(() => {
    let stopped = false;
    const load = () =>
      registration.GET('/notifications', { params: { query: { unreadOnly: true, limit: 1 } } }).then(({ data }) => {
        if (!stopped && data) setUnread(data.unread);
      });
    load();
    const timer = setInterval(load, UNREAD_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [location.pathname]);
  return unread;
}

/**
 * The console's frame, in the layout of ant-design-pro (header, menu on the left, content): the menu the
 * user's roles allow, who is signed in, notifications, language. Built from antd's Layout and Menu rather
 * than ProLayout, whose provider and settings machinery would double the scripts a cadre's first screen
 * needs; the pages still use ProComponents for their tables and forms.
 */
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useLocale();
  const { user, access, logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const unread = useUnreadNotifications();
  const [collapsed, setCollapsed] = useState(false);

  const menu = routes.filter((r) => r.name && !r.hideInMenu && (!r.access || access[r.access]));
  // The entry whose screen (or one of its detail screens) is open.
  const selected = menu.filter((r) => matchPath({ path: r.path, end: false }, pathname)).map((r) => r.path);

  return (
    <Layout className={styles.frame}>
      <Layout.Header className={styles.header}>
        <span role="button" aria-label={t(collapsed ? 'org.frame.expandMenu' : 'org.frame.collapseMenu')} className={styles.action} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        </span>
        <Link to="/workbench" className={styles.title}>
          {t('app.title')}
        </Link>
        <span className={styles.spacer} />
        <span role="button" aria-label={t('menu.notifications')} className={styles.action} onClick={() => navigate('/notifications')}>
          <Badge count={unread} size="small" offset={[2, -2]}>
            <BellOutlined className={styles.icon} />
          </Badge>
        </span>
        <span
          role="button"
          aria-label={t('common.language')}
          // The language it switches to, named in that language, so that whoever needs it can read it.
          title={locale === 'zh-CN' ? 'English' : '中文'}
          className={styles.action}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          <TranslationOutlined className={styles.icon} />
        </span>
        <Dropdown
          menu={{
            items: [
              { key: 'roles', label: user?.roles.map((r) => roleLabel(r, locale)).join(t('org.frame.listSeparator')) ?? '', disabled: true },
              { key: 'me', label: t('menu.me') },
              { key: 'logout', icon: <LogoutOutlined />, label: t('common.logout') },
            ],
            onClick: async ({ key }) => {
              if (key === 'me') navigate('/me');
              if (key === 'logout') {
                await logout();
                navigate('/login');
              }
            },
          }}
        >
          <span role="button" aria-label={t('org.frame.accountMenu')} className={styles.action}>
            <span className={styles.user}>{user?.displayName}</span>
            <span className={styles.unit}>{user?.orgUnitName}</span>
            {!access.canWrite && <Tag color="gold">{t('common.readOnly')}</Tag>}
          </span>
        </Dropdown>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} collapsedWidth={56} collapsed={collapsed} theme="light" className={styles.sider}>
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none' }}
            selectedKeys={selected}
            items={menu.map((r) => ({ key: r.path, icon: r.icon, label: <Link to={r.path}>{r.name ? t(r.name) : r.path}</Link> }))}
          />
        </Layout.Sider>
        <Layout.Content className={styles.content}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
