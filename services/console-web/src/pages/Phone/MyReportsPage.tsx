import { DotLoading, Empty, List, Steps, Tag } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { formatDate, formatDateTime, formatYuan } from '../../utils/format';
import { rectificationText } from './rectification-text';
import styles from './phone.module.css';

type Mine = Ok<HazardRewardApi['/hazard-reports/mine']['get']>;
type Report = Mine['items'][number];

/** Where a report stands, as steps: sent, verified, rewarded (and rectified, once the hazard has a plan). */
function ReportSteps({ report }: { report: Report }) {
  const { t } = useLocale();
  const verified = report.status !== 'reported';
  const reward = report.reward;
  return (
    <Steps direction="vertical" current={!verified ? 0 : reward?.status === 'paid' ? 2 : 1}>
      <Steps.Step title={t('phone.mine.reported')} description={formatDateTime(report.reportedAt)} />
      <Steps.Step
        title={`${t('phone.mine.verified')}：${t(`phone.status.${report.status}` as MessageKey)}`}
        description={report.verifiedAt ? formatDateTime(report.verifiedAt) : undefined}
        status={report.status === 'rejected' ? 'error' : verified ? 'finish' : 'wait'}
      />
      {report.rectification && <Steps.Step title={t('phone.mine.rectification')} description={rectificationText(t, report.rectification)} status={report.rectification.status === 'closed' ? 'finish' : 'process'} />}
      {reward && (
        <Steps.Step
          title={`${t('phone.mine.reward')}：${formatYuan(reward.amountYuan)}`}
          description={[t(`phone.reward.${reward.status}` as MessageKey), reward.note].filter(Boolean).join(' · ')}
          status={reward.status === 'paid' ? 'finish' : reward.status === 'rejected' ? 'error' : 'process'}
        />
      )}
    </Steps>
  );
}

/** 我的报告: the worker's named reports, newest first, each with where it stands; the rewards received. */
export default function MyReportsPage() {
  const { t } = useLocale();
  const [mine, setMine] = useState<Mine | null>();
  useEffect(() => {
    unwrap(hazardReward.GET('/hazard-reports/mine', { params: { query: { limit: 50, offset: 0 } } })).then(setMine, () => setMine(null));
  }, []);
  if (mine === undefined) return <DotLoading />;
  if (mine === null || mine.items.length === 0) return <Empty description={t('phone.mine.none')} />;
  return (
    <>
      <div className={styles.total}>
        {t('phone.mine.paid')}
        <strong>{formatYuan(mine.paidYuan)}</strong>
      </div>
      <List>
        {mine.items.map((report) => (
          <List.Item
            key={report.id}
            title={formatDate(report.reportedAt)}
            description={<ReportSteps report={report} />}
            extra={report.grade ? <Tag color={report.grade === 'major' ? 'danger' : 'warning'}>{t(`phone.grade.${report.grade}` as MessageKey)}</Tag> : undefined}
          >
            {report.location}：{report.description}
          </List.Item>
        ))}
      </List>
    </>
  );
}
