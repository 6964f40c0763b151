import { Descriptions, Empty, Rate, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../../services/api';
import { formatDate } from '../../../utils/format';

type Request = Ok<RegistrationApi['/technical-service-requests/{id}']['get']>;

/** Attachment 5 of seed 004: 企业技术服务需求表, with what came of it once served. */
export default function TechnicalServiceView({ requestId }: { requestId: string }) {
  const { t } = useLocale();
  const [r, setR] = useState<Request | null>();
  useEffect(() => {
    unwrap(registration.GET('/technical-service-requests/{id}', { params: { path: { id: requestId } } })).then(setR, () => setR(null));
  }, [requestId]);
  if (r === undefined) return <Spin />;
  if (r === null) return <Empty description={t('approvals.techService.unreadable')} />;
  const f = r.form;
  return (
    <Descriptions bordered size="small" column={2} title={t('approvals.techService.title')}>
      <Descriptions.Item label={t('approvals.techService.enterprise')}>{r.enterprise.name}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.techService.unionChairman')}>{f.unionChairman}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.techService.contact')}>{f.contact}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.techService.address')}>{f.enterpriseAddress}</Descriptions.Item>
      <Descriptions.Item label={t('approvals.techService.project')} span={2}>
        {t('approvals.withInBrackets', { text: f.service.project, detail: f.service.specialtyOrTrade })}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.techService.content')} span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{f.service.content}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.techService.training')} span={2}>
        {f.trainingNeeds.length
          ? f.trainingNeeds.map((n) => t('approvals.techService.trainingNeed', { trade: n.trade, count: n.headcount })).join(t('approvals.listSeparator'))
          : t('approvals.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.person.filledOn')} span={2}>
        {formatDate(r.requestedAt)}
      </Descriptions.Item>
      {r.delivery && (
        <Descriptions.Item label={t('approvals.techService.delivery')} span={2}>
          {t('approvals.techService.deliveryDetail', { what: r.delivery.what, by: r.delivery.deliveredBy, on: formatDate(r.delivery.deliveredOn) })}
        </Descriptions.Item>
      )}
      {r.rating && (
        <Descriptions.Item label={t('approvals.techService.rating')} span={2}>
          <Rate disabled value={r.rating.score} /> {r.rating.comment}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
