import { Descriptions, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../../services/api';
import { useLocale } from '../../../locales';
import { useSession } from '../../../session-context';
import { formatDateTime, formatYuan } from '../../../utils/format';
import { hazardCategories, hazardGrades, labelOf, rewardStatuses } from './labels';
import Photos from './Photos';
import { useUnitName } from './unit-name';

type Reward = Ok<HazardRewardApi['/hazard-rewards/{id}']['get']>;
type Report = Ok<HazardRewardApi['/hazard-reports/{id}']['get']>;

/** 隐患举报奖励: the amount asked for, and the confirmed report it rewards with its photos as attachments. */
export default function HazardRewardView({ rewardId }: { rewardId: string }) {
  const { user } = useSession();
  const { t } = useLocale();
  const [data, setData] = useState<{ reward: Reward; report: Report } | null>();
  useEffect(() => {
    (async () => {
      const reward = await unwrap(hazardReward.GET('/hazard-rewards/{id}', { params: { path: { id: rewardId } } }));
      const report = await unwrap(hazardReward.GET('/hazard-reports/{id}', { params: { path: { id: reward.reportId } } }));
      return { reward, report };
    })().then(setData, () => setData(null));
  }, [rewardId]);
  const enterprise = useUnitName(data?.reward.enterpriseUnitId, user?.orgUnitId);
  const issuer = useUnitName(data?.reward.issuingUnitId, user?.orgUnitId);

  if (data === undefined) return <Spin />;
  if (data === null) return <Empty description={t('approvals.reward.unreadable')} />;
  const { reward, report } = data;
  return (
    <Descriptions bordered size="small" column={2} title={t('approvals.reward.title')}>
      <Descriptions.Item label={t('approvals.reward.amount')}>{formatYuan(reward.amountYuan)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.status')}>{labelOf(t, rewardStatuses, reward.status)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.reward.issuer')}>{issuer}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.reward.budgetYear')}>{t('approvals.year', { year: reward.budgetYear })}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.reward.enterprise')}>{enterprise}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.reward.reportedAt')}>{formatDateTime(report.reportedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.hazard.category')}>{labelOf(t, hazardCategories, report.category)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.hazard.grade')}>{labelOf(t, hazardGrades, report.grade)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.hazard.location')} span={2}>
        {report.location}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.hazard.description')} span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{report.description}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.reward.reporter')} span={2}>
        {report.anonymous ? t('approvals.reward.anonymous') : (report.reporter?.displayName ?? t('approvals.reward.reporterHidden'))}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.hazard.photos')} span={2}>
        <Photos reportId={report.id} count={report.photos.length} />
      </Descriptions.Item>
      {reward.note && (
        <Descriptions.Item label={t('approvals.note')} span={2}>
          {reward.note}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
