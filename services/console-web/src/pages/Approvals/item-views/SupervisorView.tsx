import { Descriptions, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../../services/api';
import { formatDate } from '../../../utils/format';
import { yearMonth } from '../labels';

type Supervisor = Ok<RegistrationApi['/energy-supervisors/{id}']['get']>;

/** Attachment 4 of seed 004: 节能减排义务监督员登记表, as the registration was filled in. */
export default function SupervisorView({ supervisorId }: { supervisorId: string }) {
  const { t } = useLocale();
  const [s, setS] = useState<Supervisor | null>();
  useEffect(() => {
    unwrap(registration.GET('/energy-supervisors/{id}', { params: { path: { id: supervisorId } } })).then(setS, () => setS(null));
  }, [supervisorId]);
  if (s === undefined) return <Spin />;
  if (s === null) return <Empty description={t('approvals.supervisor.unreadable')} />;
  const f = s.form;
  const month = (m?: string | null) => yearMonth(t, m) || '—';
  return (
    <Descriptions bordered size="small" column={3} title={t('approvals.supervisor.title')}>
      <Descriptions.Item label={t('approvals.person.name')}>{f.name}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.gender')}>{t(f.gender === 'male' ? 'approvals.person.male' : 'approvals.person.female')}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.birthMonth')}>{month(f.birthMonth)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.education')}>{f.education}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.politicalStatus')}>{f.politicalStatus}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.trade')}>{f.trade}</Descriptions.Item>
      <Descriptions.Item label={t('common.unit')} span={2}>
        {s.unit.id !== s.enterprise.id ? t('approvals.withInBrackets', { text: s.enterprise.name, detail: s.unit.name }) : s.enterprise.name}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.appointedMonth')}>{month(f.appointedMonth)}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.qqOrWechat')}>{f.qqOrWechat || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.mobile')} span={2}>
        {f.mobile}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.unitAddress')} span={2}>
        {f.unitAddress}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.postcode')}>{f.postcode}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.pastAwards')} span={3}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{f.pastAwards || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.filledOn')} span={3}>
        {formatDate(s.submittedAt)}
      </Descriptions.Item>
    </Descriptions>
  );
}
