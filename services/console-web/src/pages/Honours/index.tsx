import { PageContainer } from '@ant-design/pro-components';
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useLocale } from '../../locales';
import Catalogue from './Catalogue';
import FundLedger from './FundLedger';
import NominationTable from './NominationTable';
import PublicityBatches from './PublicityBatches';
import QuotaTable from './QuotaTable';

/** 评选表彰: nominations, the 公示 notices running, the catalogue, the quotas, and the competition fund's ledger. */
export default function HonoursPage() {
  const { t } = useLocale();
  const [search, setSearch] = useSearchParams();
  return (
    <PageContainer title={t('menu.honours')}>
      <Tabs
        activeKey={search.get('tab') ?? 'nominations'}
        onChange={(tab) => setSearch({ tab }, { replace: true })}
        destroyInactiveTabPane
        items={[
          { key: 'nominations', label: t('honours.tab.nominations'), children: <NominationTable /> },
          { key: 'publicity', label: t('honours.tab.publicity'), children: <PublicityBatches /> },
          { key: 'catalogue', label: t('honours.tab.catalogue'), children: <Catalogue /> },
          { key: 'quotas', label: t('honours.tab.quotas'), children: <QuotaTable /> },
          { key: 'fund', label: t('honours.tab.fund'), children: <FundLedger /> },
        ]}
      />
    </PageContainer>
  );
}
