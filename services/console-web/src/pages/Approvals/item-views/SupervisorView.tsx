import { Descriptions, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../../services/api';
import { formatDate } from '../../../utils/format';

type Supervisor = Ok<RegistrationApi['/energy-supervisors/{id}']['get']>;

const month = (m?: string | null) => (m ? m.replace(/^(\d{4})-(\d{2})$/, (_, y, mo) => `${y}年${Number(mo)}月`) : '—');

/** Attachment 4 of seed 004: 节能减排义务监督员登记表, as the registration was filled in. */
export default function SupervisorView({ supervisorId }: { supervisorId: string }) {
  const [s, setS] = useState<Supervisor | null>();
  useEffect(() => {
    unwrap(registration.GET('/energy-supervisors/{id}', { params: { path: { id: supervisorId } } })).then(setS, () => setS(null));
  }, [supervisorId]);
  if (s === undefined) return <Spin />;
  if (s === null) return <Empty description="无法读取登记表" />;
  const f = s.form;
  return (
    <Descriptions bordered size="small" column={3} title="节能减排义务监督员登记表">
      <Descriptions.Item label="姓名">{f.name}</Descriptions.Item>
      <Descriptions.Item label="性别">{f.gender === 'male' ? '男' : '女'}</Descriptions.Item>
      <Descriptions.Item label="出生年月">{month(f.birthMonth)}</Descriptions.Item>
      <Descriptions.Item label="文化程度">{f.education}</Descriptions.Item>
      <Descriptions.Item label="政治面貌">{f.politicalStatus}</Descriptions.Item>
      <Descriptions.Item label="工种">{f.trade}</Descriptions.Item>
      <Descriptions.Item label="所在单位" span={2}>
        {s.enterprise.name}
        {s.unit.id !== s.enterprise.id ? `（${s.unit.name}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="何年何月任职">{month(f.appointedMonth)}</Descriptions.Item>
      <Descriptions.Item label="QQ号/微信号">{f.qqOrWechat || '—'}</Descriptions.Item>
      <Descriptions.Item label="手机号码" span={2}>
        {f.mobile}
      </Descriptions.Item>
      <Descriptions.Item label="单位地址" span={2}>
        {f.unitAddress}
      </Descriptions.Item>
      <Descriptions.Item label="邮编">{f.postcode}</Descriptions.Item>
      <Descriptions.Item label="何时何地受过何种奖励、称号" span={3}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{f.pastAwards || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="填写日期" span={3}>
        {formatDate(s.submittedAt)}
      </Descriptions.Item>
    </Descriptions>
  );
}
