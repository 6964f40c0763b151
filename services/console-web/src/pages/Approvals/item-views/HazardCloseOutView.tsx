import { Descriptions, Empty, Spin, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../../services/api';
import { useLocale } from '../../../locales';
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
  const { t } = useLocale();
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
  if (data === null) return <Empty description={t('approvals.closeOut.unreadable')} />;
  const { hazard, report } = data;
  const plan = hazard.plan;
  return (
    <>
      <Descriptions bordered size="small" column={2} title={t('approvals.closeOut.title')}>
        <Descriptions.Item label={t('approvals.closeOut.enterprise')}>{enterprise}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.status')}>
          {labelOf(t, hazardStatuses, hazard.status)} {hazard.overdue && <Tag color="red">{t('approvals.closeOut.overdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.hazard.category')}>{labelOf(t, hazardCategories, hazard.category)}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.hazard.grade')}>{labelOf(t, hazardGrades, hazard.grade)}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.hazard.location')} span={2}>
          {hazard.location}
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.hazard.description')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{hazard.description}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.closeOut.measures')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{plan?.measures ?? t('approvals.closeOut.noPlan')}</span>
        </Descriptions.Item>
        {plan && (
          <>
            <Descriptions.Item label={t('approvals.closeOut.interimMeasures')} span={2}>
              {plan.interimMeasures ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('approvals.closeOut.responsibleUnit')}>{plan.responsibleUnit}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.closeOut.deadline')}>{formatDateTime(plan.deadline)}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.closeOut.responsiblePerson')}>{plan.responsiblePerson}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.closeOut.phone')}>{plan.responsiblePhone}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={t('approvals.hazard.photos')} span={2}>
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
                {labelOf(t, hazardTimelineKinds, e.kind)} · {formatDateTime(e.at)}
              </div>
              {e.note && <div style={{ color: 'rgba(0,0,0,0.65)' }}>{e.note}</div>}
            </>
          ),
        }))}
      />
    </>
  );
}
