import { Card, Space, Table, Typography } from 'antd';
import { useLocale } from '../../locales';
import { formatYuan } from '../../utils/format';
import { labelOf, nomineeKinds } from '../Approvals/item-views/labels';
import { conferringLevels, useHonours, type Honour } from './labels';

/** 荣誉目录: every honour by the level that confers it, with who may receive it, its criteria and its material reward. */
export default function Catalogue() {
  const { t } = useLocale();
  const honours = useHonours();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {conferringLevels
        .map((level) => ({ level, items: honours.filter((h) => h.conferringLevel === level.code) }))
        .filter(({ items }) => items.length > 0)
        .map(({ level, items }) => (
          <Card key={level.code} size="small" title={t('honours.catalogue.level', { level: t(level.label), count: items.length })}>
            <Table<Honour>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={items}
              columns={[
                { title: t('honours.col.honour'), dataIndex: 'name', width: 220, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
                { title: t('honours.col.nomineeKind'), dataIndex: 'nomineeKind', width: 140, render: (kind: string) => labelOf(t, nomineeKinds, kind) },
                { title: t('honours.col.criteria'), dataIndex: 'criteria' },
                { title: t('honours.col.materialReward'), dataIndex: 'materialRewardYuan', width: 140, align: 'right', render: (v: string) => (Number(v) > 0 ? formatYuan(v) : t('honours.catalogue.noReward')) },
              ]}
            />
          </Card>
        ))}
    </Space>
  );
}
