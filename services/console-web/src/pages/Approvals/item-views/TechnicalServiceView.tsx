import { Descriptions, Empty, Rate, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../../services/api';
import { formatDate } from '../../../utils/format';

type Request = Ok<RegistrationApi['/technical-service-requests/{id}']['get']>;

/** Attachment 5 of seed 004: 企业技术服务需求表, with what came of it once served. */
export default function TechnicalServiceView({ requestId }: { requestId: string }) {
  const [r, setR] = useState<Request | null>();
  useEffect(() => {
    unwrap(registration.GET('/technical-service-requests/{id}', { params: { path: { id: requestId } } })).then(setR, () => setR(null));
  }, [requestId]);
  if (r === undefined) return <Spin />;
  if (r === null) return <Empty description="无法读取需求表" />;
  const f = r.form;
  return (
    <Descriptions bordered size="small" column={2} title="企业技术服务需求表">
      <Descriptions.Item label="企业名称">{r.enterprise.name}</Descriptions.Item>
      <Descriptions.Item label="工会主席">{f.unionChairman}</Descriptions.Item>
      <Descriptions.Item label="联系电话/QQ号/微信号">{f.contact}</Descriptions.Item>
      <Descriptions.Item label="企业地址">{f.enterpriseAddress}</Descriptions.Item>
      <Descriptions.Item label="急需技术服务的项目" span={2}>
        {f.service.project}（{f.service.specialtyOrTrade}）
      </Descriptions.Item>
      <Descriptions.Item label="内容" span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{f.service.content}</span>
      </Descriptions.Item>
      <Descriptions.Item label="职工技能培训需求" span={2}>
        {f.trainingNeeds.length ? f.trainingNeeds.map((n) => `${n.trade} ${n.headcount}人`).join('；') : '无'}
      </Descriptions.Item>
      <Descriptions.Item label="填写日期" span={2}>
        {formatDate(r.requestedAt)}
      </Descriptions.Item>
      {r.delivery && (
        <Descriptions.Item label="服务内容完成情况" span={2}>
          {r.delivery.what}（{r.delivery.deliveredBy}，{formatDate(r.delivery.deliveredOn)}）
        </Descriptions.Item>
      )}
      {r.rating && (
        <Descriptions.Item label="企业对服务项目和人员的评价" span={2}>
          <Rate disabled value={r.rating.score} /> {r.rating.comment}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
