import { Descriptions, Empty, List, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { awards, unwrap, type AwardsApi, type Ok } from '../../../services/api';
import { useLocale } from '../../../locales';
import { useSession } from '../../../session-context';
import { formatDate, formatDateTime, formatYuan } from '../../../utils/format';
import { labelOf, nominationSources, nominationStatuses, nomineeKinds, objectionStatuses } from './labels';
import { useUnitName } from './unit-name';

type Nomination = Ok<AwardsApi['/nominations/{id}']['get']>;
type Honour = Ok<AwardsApi['/honours']['get']>[number];

/** 荣誉推荐: the honour, who is put forward and why (事迹材料), its 公示 and any objections. */
export default function NominationView({ nominationId }: { nominationId: string }) {
  const { user, access } = useSession();
  const { t } = useLocale();
  const [data, setData] = useState<{ nomination: Nomination; honour?: Honour } | null>();
  useEffect(() => {
    Promise.all([unwrap(awards.GET('/nominations/{id}', { params: { path: { id: nominationId } } })), unwrap(awards.GET('/honours')).catch(() => [] as Honour[])]).then(
      ([nomination, honours]) => setData({ nomination, honour: honours.find((h) => h.code === nomination.honourCode) }),
      () => setData(null),
    );
  }, [nominationId]);
  const conferring = useUnitName(data?.nomination.conferringUnitId, user?.orgUnitId);
  const nomineeUnit = useUnitName(data?.nomination.nominee.unitId, user?.orgUnitId);

  if (data === undefined) return <Spin />;
  if (data === null) return <Empty description={t('approvals.nomination.unreadable')} />;
  const { nomination: n, honour } = data;
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      title={t('approvals.nomination.title')}
      extra={access.canSeeHonours && <Link to={`/honours/nominations/${n.id}`}>{t('approvals.nomination.openPage')}</Link>}
    >
      <Descriptions.Item label={t('approvals.nomination.honour')}>{honour?.name ?? n.honourCode}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.nomination.year')}>{t('approvals.year', { year: n.year })}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.nomination.conferringUnit')}>{conferring}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.status')}>{labelOf(t, nominationStatuses, n.status)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.nomination.nominee')}>
        {t('approvals.withInBrackets', { text: n.nominee.name, detail: labelOf(t, nomineeKinds, n.nominee.kind) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('common.unit')}>{nomineeUnit}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.nomination.source')}>
        {labelOf(t, nominationSources, n.source)} {n.priority && <Tag color="gold">{t('approvals.nomination.priority')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.nomination.publicityEnds')}>{n.publicityEndsAt ? formatDate(n.publicityEndsAt) : '—'}</Descriptions.Item>
      {honour && (
        <Descriptions.Item label={t('approvals.nomination.materialReward')} span={2}>
          {formatYuan(honour.materialRewardYuan)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('approvals.nomination.material')} span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{n.material ?? '—'}</span>
      </Descriptions.Item>
      {n.note && (
        <Descriptions.Item label={t('approvals.note')} span={2}>
          {n.note}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('approvals.nomination.objections')} span={2}>
        {n.objections.length === 0 ? (
          t('approvals.none')
        ) : (
          <List
            size="small"
            dataSource={n.objections}
            renderItem={(o) => (
              <List.Item extra={<Tag>{labelOf(t, objectionStatuses, o.status)}</Tag>}>
                {t('approvals.nomination.objection', { at: formatDateTime(o.lodgedAt), reason: o.reason })}
              </List.Item>
            )}
          />
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
