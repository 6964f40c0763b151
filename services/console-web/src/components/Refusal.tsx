import { Result } from 'antd';
import { useLocale } from '../locales';

export function Forbidden() {
  const { t } = useLocale();
  return <Result status="403" title="403" subTitle={t('org.refusal.forbidden')} />;
}

export function NotFound() {
  const { t } = useLocale();
  return <Result status="404" title="404" subTitle={t('org.refusal.notFound')} />;
}
