import { App as AntApp, Spin } from 'antd';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { Access } from './access';
import { routes } from './config/routes';
import { LocaleProvider } from './locales';
import { SessionProvider, useSession } from './session-context';
import './global.css';
import './utils/format';

const LoginPage = lazy(() => import('./pages/Login'));
const ConsoleLayout = lazy(() => import('./layouts/ConsoleLayout'));
// The worker's phone: its own layout and components, loaded only when a phone screen opens.
const PhoneApp = lazy(() => import('./pages/Phone'));
const HazardPoster = lazy(() => import('./pages/Poster'));
// The meeting room's big screen (大屏): full screen, without the console's menus.
const BigScreen = lazy(() => import('./pages/Screen'));
const PublicityNotice = lazy(() => import('./pages/Honours/PublicityNotice'));
// Only a wrong address or a forbidden screen shows these: kept out of the first screen's scripts.
const Forbidden = lazy(() => import('./components/Refusal').then((m) => ({ default: m.Forbidden })));
const NotFound = lazy(() => import('./components/Refusal').then((m) => ({ default: m.NotFound })));

function SignedIn({ children }: { children: React.ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** A screen outside the console's layout that needs a permission: 403 without it. */
function OnlyIf({ allowed, children }: { allowed: keyof Access; children: React.ReactNode }) {
  const { access } = useSession();
  return access[allowed] ? <>{children}</> : <Forbidden />;
}

function Guarded() {
  const { user, access } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <ConsoleLayout>
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 120 }} />}>
        <Routes>
          {/* A worker's home is the phone; everyone else starts at the workbench. */}
          <Route path="/" element={<Navigate to={access.isWorker ? '/m' : '/workbench'} replace />} />
          {routes.map(({ path, access: needs, component: Screen }) => (
            <Route
              key={path}
              path={path}
              element={!needs || access[needs] ? <Screen /> : <Forbidden />}
            />
          ))}
          <Route path="*" element={<NotFound />} />
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
        <Route
          path="/print/hazard-poster/:unitId"
          element={
            <SignedIn>
              <HazardPoster />
            </SignedIn>
          }
        />
        <Route
          path="/screen"
          element={
            <SignedIn>
              <OnlyIf allowed="canSeeDashboards">
                <BigScreen />
              </OnlyIf>
            </SignedIn>
          }
        />
        <Route
          path="/print/publicity/:conferringUnitId/:honourCode/:year"
          element={
            <SignedIn>
              <PublicityNotice />
            </SignedIn>
          }
        />
        <Route
          path="/m/*"
          element={
            <SignedIn>
              <PhoneApp />
            </SignedIn>
          }
        />
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
