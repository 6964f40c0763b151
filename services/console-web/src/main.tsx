import { App as AntApp, Result, Spin } from 'antd';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { routes } from './config/routes';
import { LocaleProvider } from './locales';
import { SessionProvider, useSession } from './session-context';
import './global.css';
import './utils/format';

const LoginPage = lazy(() => import('./pages/Login'));
const ConsoleLayout = lazy(() => import('./layouts/ConsoleLayout'));

function Guarded() {
  const { user, access } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <ConsoleLayout>
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 120 }} />}>
        <Routes>
          <Route path="/" element={<Navigate to="/workbench" replace />} />
          {routes.map(({ path, access: needs, component: Screen }) => (
            <Route
              key={path}
              path={path}
              element={!needs || access[needs] ? <Screen /> : <Result status="403" title="403" subTitle="您没有查看此页面的权限" />}
            />
          ))}
          <Route path="*" element={<Result status="404" title="404" subTitle="页面不存在" />} />
        </Routes>
      </Suspense>
    </ConsoleLayout>
  );
}

function Root() {
  return (
    <Suspense fallback={<Spin fullscreen />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/*" element={<Guarded />} />
      </Routes>
    </Suspense>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <LocaleProvider>
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <Root />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </LocaleProvider>
  </StrictMode>,
);
