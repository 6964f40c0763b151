import { PageContainer } from '@ant-design/pro-components';
import { Tabs } from 'antd';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';
import ArchiveTable from './ArchiveTable';
import HazardStatistics from './HazardStatistics';
import RewardBudgets from './RewardBudgets';
import RewardLedger from './RewardLedger';
import RewardSchemes from './RewardSchemes';
import VerificationQueue from './VerificationQueue';

/** 隐患排查: reports to verify, the hazard archive, the rewards with their payment, schemes and budgets, and the statistics. */
export default function HazardsPage() {
  const { t } = useLocale();
  const { access } = useSession();
  return (
    <PageContainer title={t('menu.hazards')}>
      <Tabs
        destroyInactiveTabPane
        items={[
          ...(access.canVerifyHazards ? [{ key: 'queue', label: t('hazards.tab.queue'), children: <VerificationQueue /> }] : []),
          { key: 'archive', label: t('hazards.tab.archive'), children: <ArchiveTable /> },
          { key: 'rewards', label: t('hazards.tab.rewards'), children: <RewardLedger /> },
          { key: 'schemes', label: t('hazards.tab.schemes'), children: <RewardSchemes /> },
          ...(access.canSetRewardBudgets || access.canReadAudit ? [{ key: 'budgets', label: t('hazards.tab.budgets'), children: <RewardBudgets /> }] : []),
          { key: 'statistics', label: t('hazards.tab.statistics'), children: <HazardStatistics /> },
        ]}
      />
    </PageContainer>
  );
}
