import { Descriptions, Empty, List, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { awards, unwrap, type AwardsApi, type Ok } from '../../../services/api';
import { useSession } from '../../../session-context';
import { formatDate, formatDateTime, formatYuan } from '../../../utils/format';
import { labelOf, nominationSources, nominationStatuses, nomineeKinds, objectionStatuses } from './labels';
import { useUnitName } from './unit-name';

type Nomination = Ok<AwardsApi['/nominations/{id}']['get']>;
type Honour = Ok<AwardsApi['/honours']['get']>[number];

/** 荣誉推荐: the honour, who is put forward and why (事迹材料), its 公示 and any objections. */
export default function NominationView({ nominationId }: { nominationId: string }) {
  const { user } = useSession();
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
  if (data === null) return <Empty description="无法读取推荐材料" />;
  const { nomination: n, honour } = data;
  return (
    <Descriptions bordered size="small" column={2} title="荣誉推荐">
      <Descriptions.Item label="荣誉称号">{honour?.name ?? n.honourCode}</Descriptions.Item>
      <Descriptions.Item label="年度">{n.year}年</Descriptions.Item>
      <Descriptions.Item label="授予单位">{conferring}</Descriptions.Item>
      <Descriptions.Item label="状态">{labelOf(nominationStatuses, n.status)}</Descriptions.Item>
      <Descriptions.Item label="推荐对象">
        {n.nominee.name}（{labelOf(nomineeKinds, n.nominee.kind)}）
      </Descriptions.Item>
      <Descriptions.Item label="所在单位">{nomineeUnit}</Descriptions.Item>
      <Descriptions.Item label="推荐依据">
        {labelOf(nominationSources, n.source)} {n.priority && <Tag color="gold">优先推荐</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="公示截止">{n.publicityEndsAt ? formatDate(n.publicityEndsAt) : '—'}</Descriptions.Item>
      {honour && (
        <Descriptions.Item label="物质奖励" span={2}>
          {formatYuan(honour.materialRewardYuan)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="事迹材料" span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{n.material ?? '—'}</span>
      </Descriptions.Item>
      {n.note && (
        <Descriptions.Item label="备注" span={2}>
          {n.note}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="异议" span={2}>
        {n.objections.length === 0 ? (
          '无'
        ) : (
          <List
            size="small"
            dataSource={n.objections}
            renderItem={(o) => (
              <List.Item extra={<Tag>{labelOf(objectionStatuses, o.status)}</Tag>}>
                {formatDateTime(o.lodgedAt)}：{o.reason}
              </List.Item>
            )}
          />
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
