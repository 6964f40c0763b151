import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useLocale } from '../../locales';
import { ApiError, refusalText } from '../../services/api';
import { session, type PasswordChangeRequired } from '../../services/session';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';
import ChoosePassword from './ChoosePassword';
import styles from './login.module.css';
import { inLocale } from '../../locales/current';

/** Why a login failed, in the words a cadre understands: wrong password, locked, or too fast. */
function loginRefusal(error: unknown, t: ReturnType<typeof useLocale>['t']): string {
  if (!(error instanceof ApiError)) return inLocale({ zh: '无法连接服务器，请稍后再试', en: 'Cannot reach the server; try again in a moment' });
  if (error.status === 401) return t('login.failed');
  if (error.status === 429) return error.retryAfterSeconds ? t('login.throttled', { seconds: error.retryAfterSeconds }) : t('login.locked');
  return refusalText(error.refusal);
}

export default function LoginPage() {
  const { t } = useLocale();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  // Back to where the person was going; otherwise home, which is the workbench or, for a worker, the phone.
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [mustChange, setMustChange] = useState<{ username: string; password: string; reason: PasswordChangeRequired }>();

  if (user) return <Navigate to={from} replace />;

  async function submit({ username, password }: { username: string; password: string }) {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await session.login(username, password);
      if ('passwordChangeRequired' in answer) setMustChange({ username, password, reason: answer });
      else {
        await signedIn();
        navigate(from, { replace: true });
      }
    } catch (e) {
      setError(loginRefusal(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.page}>
      <div className={styles.brand}>
        <Typography.Title level={2} className={styles.title}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Text className={styles.subtitle}>{t('app.subtitle')}</Typography.Text>
      </div>
      <Card className={styles.card} title={mustChange ? t('password.title') : t('login.title')}>
        {mustChange ? (
          <>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={
                mustChange.reason.setBy
                  ? t('password.explain', {
                      who: `${mustChange.reason.setBy.orgUnitName}${mustChange.reason.setBy.displayName}`,
                      when: formatDateTime(mustChange.reason.setAt),
                    })
                  : t('password.explainAnon')
              }
            />
            <ChoosePassword
              username={mustChange.username}
              temporary={mustChange.password}
              onDone={async () => {
                await signedIn();
                navigate(from, { replace: true });
              }}
            />
          </>
        ) : (
          <Form layout="vertical" onFinish={submit} requiredMark={false} size="large">
            {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
            <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </div>
  );
}
