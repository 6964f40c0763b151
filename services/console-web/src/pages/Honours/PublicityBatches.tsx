import { ProCard } from '@ant-design/pro-components';
import { Button, Empty, List, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale } from '../../locales';
import { awards, unwrap, type AwardsApi, type Ok } from '../../services/api';
import { formatDate } from '../../utils/format';
import UnitName from '../Hazards/UnitName';
import { honourName, noticePath, useHonours } from './labels';

type Nomination = Ok<AwardsApi['/nominations']['get']>['items'][number];

interface Batch {
  key: string;
  conferringUnitId: string;
  honourCode: string;
  year: number;
  nominations: Nomination[];
  endsAt: string | null;
}

/** The nominations in 公示 now, one batch per conferring union, honour and year: each batch is one printed notice. */
export function batchesOf(nominations: Nomination[]): Batch[] {
  const batches = new Map<string, Batch>();
  for (const n of nominations) {
    const key = `${n.conferringUnitId}/${n.honourCode}/${n.year}`;
    const batch = batches.get(key) ?? { key, conferringUnitId: n.conferringUnitId, honourCode: n.honourCode, year: n.year, nominations: [], endsAt: null };
    batch.nominations.push(n);
    if (n.publicityEndsAt && (!batch.endsAt || n.publicityEndsAt > batch.endsAt)) batch.endsAt = n.publicityEndsAt;
    batches.set(key, batch);
  }
  return [...batches.values()];
}

/** 公示: the notices running now; each opens as a printable page with the objection form. */
export default function PublicityBatches() {
  const { t } = useLocale();
  const honours = useHonours();
  const [batches, setBatches] = useState<Batch[]>();
  useEffect(() => {
    unwrap(awards.GET('/nominations', { params: { query: { status: 'publicity', limit: 500, offset: 0 } } })).then(
      (page) => setBatches(batchesOf(page.items)),
      () => setBatches([]),
    );
  }, []);
  if (!batches) return <Spin />;
  if (batches.length === 0) return <Empty description={t('honours.publicity.none')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {batches.map((b) => (
        <ProCard
          key={b.key}
          bordered
          title={t('honours.publicity.batchTitle', { year: b.year, honour: honourName(honours, b.honourCode) })}
          subTitle={<UnitName id={b.conferringUnitId} />}
          extra={
            <Button type="primary" href={noticePath(b)} target="_blank">
              {t('honours.publicity.open')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('honours.publicity.batchSummary', { count: b.nominations.length, ends: formatDate(b.endsAt) })}</Typography.Paragraph>
          <List
            size="small"
            dataSource={b.nominations}
            renderItem={(n) => (
              <List.Item>
                <Link to={`/honours/nominations/${n.id}`}>{n.nominee.name}</Link>
              </List.Item>
            )}
          />
        </ProCard>
      ))}
    </Space>
  );
}
