import { Descriptions, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../../services/api';
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
  if (data === null) return <Empty description="无法读取这笔奖励" />;
  const { reward, report } = data;
  return (
    <Descriptions bordered size="small" column={2} title="隐患举报奖励">
      <Descriptions.Item label="奖励金额">{formatYuan(reward.amountYuan)}</Descriptions.Item>
      <Descriptions.Item label="状态">{labelOf(rewardStatuses, reward.status)}</Descriptions.Item>
      <Descriptions.Item label="发放单位">{issuer}</Descriptions.Item>
      <Descriptions.Item label="预算年度">{reward.budgetYear}年</Descriptions.Item>
      <Descriptions.Item label="隐患所在企业">{enterprise}</Descriptions.Item>
      <Descriptions.Item label="上报时间">{formatDateTime(report.reportedAt)}</Descriptions.Item>
      <Descriptions.Item label="隐患类别">{labelOf(hazardCategories, report.category)}</Descriptions.Item>
      <Descriptions.Item label="隐患等级">{labelOf(hazardGrades, report.grade)}</Descriptions.Item>
      <Descriptions.Item label="隐患地点" span={2}>
        {report.location}
      </Descriptions.Item>
      <Descriptions.Item label="隐患描述" span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{report.description}</span>
      </Descriptions.Item>
      <Descriptions.Item label="举报人" span={2}>
        {report.anonymous ? '匿名举报' : (report.reporter?.displayName ?? '（对审批人不显示）')}
      </Descriptions.Item>
      <Descriptions.Item label="附件（照片）" span={2}>
        <Photos reportId={report.id} count={report.photos.length} />
      </Descriptions.Item>
      {reward.note && (
        <Descriptions.Item label="备注" span={2}>
          {reward.note}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
