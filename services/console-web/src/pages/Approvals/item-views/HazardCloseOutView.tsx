import { Descriptions, Empty, Spin, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../../services/api';
import { useSession } from '../../../session-context';
import { formatDateTime } from '../../../utils/format';
import { hazardCategories, hazardGrades, hazardStatuses, hazardTimelineKinds, labelOf } from './labels';
import Photos from './Photos';
import { useUnitName } from './unit-name';

type Hazard = Ok<HazardRewardApi['/hazards/{id}']['get']>;
type Report = Ok<HazardRewardApi['/hazard-reports/{id}']['get']>;

/** 重大隐患销号: the archive record (隐患档案) being closed out, its plan and its whole history, with the report's photos. */
export default function HazardCloseOutView({ reportId }: { reportId: string }) {
  const { user } = useSession();
  const [data, setData] = useState<{ hazard: Hazard; report: Report } | null>();
  useEffect(() => {
    const path = { params: { path: { id: reportId } } };
    Promise.all([unwrap(hazardReward.GET('/hazards/{id}', path)), unwrap(hazardReward.GET('/hazard-reports/{id}', path))]).then(
      ([hazard, report]) => setData({ hazard, report }),
      () => setData(null),
    );
  }, [reportId]);
  const enterprise = useUnitName(data?.hazard.enterpriseUnitId, user?.orgUnitId);

  if (data === undefined) return <Spin />;
  if (data === null) return <Empty description="无法读取隐患档案" />;
  const { hazard, report } = data;
  const plan = hazard.plan;
  return (
    <>
      <Descriptions bordered size="small" column={2} title="隐患档案">
        <Descriptions.Item label="企业">{enterprise}</Descriptions.Item>
        <Descriptions.Item label="状态">
          {labelOf(hazardStatuses, hazard.status)} {hazard.overdue && <Tag color="red">逾期</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="隐患类别">{labelOf(hazardCategories, hazard.category)}</Descriptions.Item>
        <Descriptions.Item label="隐患等级">{labelOf(hazardGrades, hazard.grade)}</Descriptions.Item>
        <Descriptions.Item label="隐患地点" span={2}>
          {hazard.location}
        </Descriptions.Item>
        <Descriptions.Item label="隐患描述" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{hazard.description}</span>
        </Descriptions.Item>
        <Descriptions.Item label="整改措施" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{plan?.measures ?? '尚未制定'}</span>
        </Descriptions.Item>
        {plan && (
          <>
            <Descriptions.Item label="安全防护措施" span={2}>
              {plan.interimMeasures ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="整改单位">{plan.responsibleUnit}</Descriptions.Item>
            <Descriptions.Item label="整改时限">{formatDateTime(plan.deadline)}</Descriptions.Item>
            <Descriptions.Item label="整改责任人">{plan.responsiblePerson}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{plan.responsiblePhone}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label="附件（照片）" span={2}>
          <Photos reportId={report.id} count={report.photos.length} />
        </Descriptions.Item>
      </Descriptions>
      <Timeline
        style={{ marginTop: 24 }}
        items={hazard.timeline.map((e) => ({
          color: e.kind === 'overdue' || e.kind.endsWith('-refused') ? 'red' : e.kind === 'closed' ? 'green' : 'blue',
          children: (
            <>
              <div>
                {labelOf(hazardTimelineKinds, e.kind)} · {formatDateTime(e.at)}
              </div>
              {e.note && <div style={{ color: 'rgba(0,0,0,0.65)' }}>{e.note}</div>}
            </>
          ),
        }))}
      />
    </>
  );
}
