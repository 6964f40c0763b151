import { ArrowLeftOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../locales';
import styles from './page.module.css';

interface Props {
  title: ReactNode;
  extra?: ReactNode;
  onBack?: () => void;
  children: ReactNode;
}

/**
 * A screen's title bar and body, spaced as ProComponents' PageContainer, for the screens a cadre opens
 * first (workbench, approval centre): without the pro provider they load in a fraction of the scripts.
 */
export default function Page({ title, extra, onBack, children }: Props) {
  const { t } = useLocale();
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <Space size={12}>
          {onBack && <ArrowLeftOutlined role="button" aria-label={t('org.page.back')} onClick={onBack} />}
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
        </Space>
        {extra}
      </div>
      {children}
    </div>
  );
}
