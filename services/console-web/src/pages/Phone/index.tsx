import { ConfigProvider, SafeArea, TabBar } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { CameraOutline, SearchOutline, UnorderedListOutline } from 'antd-mobile-icons';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useLocale } from '../../locales';
import styles from './phone.module.css';

const ReportPage = lazy(() => import('./ReportPage'));
const MyReportsPage = lazy(() => import('./MyReportsPage'));
const FollowPage = lazy(() => import('./FollowPage'));

/**
 * 职工端: what a worker does on a phone, 375 px wide first, with large touch targets: report a hazard
 * (随手拍), follow their named reports and rewards, and follow an anonymous one with its key and PIN.
 * Its own layout and components (antd-mobile), loaded only when a phone screen is opened.
 */
export default function PhoneApp() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const tabs = [
    { key: '/m/report', title: t('phone.tab.report'), icon: <CameraOutline /> },
    { key: '/m/reports', title: t('phone.tab.mine'), icon: <UnorderedListOutline /> },
    { key: '/m/follow', title: t('phone.tab.follow'), icon: <SearchOutline /> },
  ];
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS}>
      <div className={styles.app}>
        <div className={styles.body}>
          <Suspense fallback={null}>
            <Routes>
              <Route path="/" element={<Navigate to={`/m/report${search}`} replace />} />
              <Route path="/report" element={<ReportPage />} />
              <Route path="/reports" element={<MyReportsPage />} />
              <Route path="/follow" element={<FollowPage />} />
              <Route path="*" element={<Navigate to="/m/report" replace />} />
            </Routes>
          </Suspense>
        </div>
        <div className={styles.tabs}>
          <TabBar activeKey={tabs.find((tab) => pathname.startsWith(tab.key))?.key} onChange={(key) => navigate(key)}>
            {tabs.map((tab) => (
              <TabBar.Item key={tab.key} icon={tab.icon} title={tab.title} />
            ))}
          </TabBar>
          <SafeArea position="bottom" />
        </div>
      </div>
    </ConfigProvider>
  );
}
