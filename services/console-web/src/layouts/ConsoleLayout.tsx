import { BellOutlined, LogoutOutlined, TranslationOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Badge, Dropdown, Space, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { roleLabel } from '../access';
import { routes } from '../config/routes';
import { useLocale } from '../locales';
import { registration } from '../services/api';
import { useSession } from '../session-context';

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

/** The console's frame: the menu the user's roles allow, who is signed in, notifications, language. */
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useLocale();
  const { user, access, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const unread = useUnreadNotifications();

  const menu = routes
    .filter((r) => r.name && !r.hideInMenu && (!r.access || access[r.access]))
    .flatMap((r) => (r.name ? [{ path: r.path, name: t(r.name), icon: r.icon }] : []));

  return (
    <ProLayout
      title={t('app.title')}
      logo={false}
      layout="mix"
      fixSiderbar
      location={{ pathname: location.pathname }}
      route={{ path: '/', routes: menu }}
      menuItemRender={(item, dom) => <Link to={item.path ?? '/'}>{dom}</Link>}
      token={{ header: { colorBgHeader: '#a8071a', colorHeaderTitle: '#fff', colorTextRightActionsItem: '#fff' } }}
      actionsRender={() => [
        <Badge key="bell" count={unread} size="small" offset={[-2, 2]}>
          <BellOutlined aria-label={t('menu.notifications')} style={{ fontSize: 18, color: '#fff', cursor: 'pointer' }} onClick={() => navigate('/notifications')} />
        </Badge>,
        <TranslationOutlined
          key="lang"
          aria-label={t('common.language')}
          title={locale === 'zh-CN' ? 'English' : '中文'}
          style={{ fontSize: 18, color: '#fff', cursor: 'pointer' }}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        />,
      ]}
      avatarProps={{
        title: (
          <Space size={4}>
            <Typography.Text style={{ color: '#fff' }}>{user?.displayName}</Typography.Text>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.75)' }}>{user?.orgUnitName}</Typography.Text>
            {!access.canWrite && <Tag color="gold">{t('common.readOnly')}</Tag>}
          </Space>
        ),
        size: 'small',
        render: (_, dom) => (
          <Dropdown
            menu={{
              items: [
                { key: 'me', label: user?.roles.map((r) => roleLabel(r, locale)).join('、') ?? '', disabled: true },
                { key: 'logout', icon: <LogoutOutlined />, label: t('common.logout') },
              ],
              onClick: async ({ key }) => {
                if (key === 'logout') {
                  await logout();
                  navigate('/login');
                }
              },
            }}
          >
            <span role="button" aria-label="账号菜单">
              {dom}
            </span>
          </Dropdown>
        ),
      }}
    >
      {children}
    </ProLayout>
  );
}
