import { PageContainer } from '@ant-design/pro-components';
import { Tabs } from 'antd';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';
import ArchiveTable from './ArchiveTable';
import RewardLedger from './RewardLedger';
import VerificationQueue from './VerificationQueue';

/** 隐患排查: reports to verify, the hazard archive, and the rewards with their payment. */
export default function HazardsPage() {
  const { t } = useLocale();
  const { access } = useSession();
  return (
    <PageContainer title={t('menu.hazards')}>
      <Tabs
        items={[
          ...(access.canVerifyHazards ? [{ key: 'queue', label: t('hazards.tab.queue'), children: <VerificationQueue /> }] : []),
          { key: 'archive', label: t('hazards.tab.archive'), children: <ArchiveTable /> },
          { key: 'rewards', label: t('hazards.tab.rewards'), children: <RewardLedger /> },
        ]}
      />
    </PageContainer>
  );
}
