import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Button, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, refusalText, serviceClients, unwrap, type Ok, type RegistrationApi, type ServiceName } from '../../services/api';
import { useSession } from '../../session-context';
import { downloadFrom } from '../../utils/download';
import { formatDateTime } from '../../utils/format';
import { serviceLabels } from '../Approvals/labels';

type AuditPage = Ok<RegistrationApi['/audit/entries']['get']>;
type Entry = AuditPage['entries'][number];
interface Filters {
  orgUnitId?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  period?: [Dayjs, Dayjs];
}
type Verification = { ok: boolean; entries?: number; firstBrokenSeq?: number; problem?: string };

const services = Object.keys(serviceLabels) as ServiceName[];

function query(f: Filters) {
  return {
    orgUnitId: f.orgUnitId || undefined,
    entityType: f.entityType || undefined,
    entityId: f.entityId || undefined,
    actorId: f.actorId || undefined,
    from: f.period?.[0]?.startOf('day').toISOString(),
    to: f.period?.[1]?.endOf('day').toISOString(),
  };
}

/** 审计: each service's tamper-evident trail, filtered, exported as CSV, and its chain verified. */
export default function AuditPage() {
  const { access } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Filters>();
  const [service, setService] = useState<ServiceName>('registration');
  const [filters, setFilters] = useState<Filters>({});
  const [entries, setEntries] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [verified, setVerified] = useState<Partial<Record<ServiceName, Verification | string>>>({});
  const client = serviceClients[service] as (typeof serviceClients)['registration'];

  const load = useCallback(
    async (more: string | null) => {
      setLoading(true);
      try {
        const page = await unwrap(client.GET('/audit/entries', { params: { query: { ...query(filters), limit: 50, cursor: more ?? undefined } } }));
        setEntries((e) => (more ? [...e, ...page.entries] : page.entries));
        setCursor(page.nextCursor ?? null);
      } catch (e) {
        message.error(e instanceof ApiError ? refusalText(e.refusal) : String(e));
      } finally {
        setLoading(false);
      }
    },
    [client, filters, message],
  );

  useEffect(() => {
    load(null);
  }, [load]);

  const verifyAll = async () => {
    for (const s of services) {
      try {
        const result = await unwrap((serviceClients[s] as (typeof serviceClients)['registration']).GET('/audit/verify'));
        setVerified((v) => ({ ...v, [s]: result as unknown as Verification }));
      } catch (e) {
        setVerified((v) => ({ ...v, [s]: e instanceof ApiError ? refusalText(e.refusal) : String(e) }));
      }
    }
  };

  const exportCsv = () => {
    const q = new URLSearchParams(Object.entries(query(filters)).filter((kv): kv is [string, string] => !!kv[1]));
    downloadFrom(`/api/${service}/audit/entries.csv?${q}`, `审计日志_${serviceLabels[service]}.csv`).catch((e) => message.error(String(e.message)));
  };

  return (
    <PageContainer title="审计">
      <ProCard style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" onFinish={(f) => setFilters(f)}>
          <Form.Item label="业务">
            <Select value={service} onChange={setService} style={{ width: 140 }} options={services.map((s) => ({ value: s, label: serviceLabels[s] }))} />
          </Form.Item>
          <Form.Item name="orgUnitId" label="单位编号">
            <Input allowClear style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="entityType" label="对象类型">
            <Input allowClear style={{ width: 130 }} placeholder="如 competition" />
          </Form.Item>
          <Form.Item name="entityId" label="对象编号">
            <Input allowClear style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="actorId" label="操作人编号">
            <Input allowClear style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="period" label="时间">
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                查询
              </Button>
              {access.canReadAudit && <Button onClick={exportCsv}>导出 CSV</Button>}
              <Button onClick={verifyAll}>校验审计链</Button>
            </Space>
          </Form.Item>
        </Form>
        {Object.keys(verified).length > 0 && (
          <Descriptions size="small" column={4} style={{ marginTop: 16 }} bordered>
            {services.map((s) => {
              const v = verified[s];
              return (
                <Descriptions.Item key={s} label={serviceLabels[s]}>
                  {v === undefined ? '校验中…' : typeof v === 'string' ? <Tag color="orange">{v}</Tag> : v.ok ? <Tag color="green">完整（{v.entries} 条）</Tag> : <Tag color="red">第 {v.firstBrokenSeq} 条起被篡改：{v.problem}</Tag>}
                </Descriptions.Item>
              );
            })}
          </Descriptions>
        )}
      </ProCard>
      <Table<Entry>
        rowKey="entryId"
        size="small"
        loading={loading}
        dataSource={entries}
        pagination={false}
        expandable={{
          expandedRowRender: (e) => (
            <Typography.Paragraph code copyable style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {JSON.stringify({ before: e.before, after: e.after, reason: e.reason, hash: e.hash }, null, 2)}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 80 },
          { title: '时间', dataIndex: 'occurredAt', width: 180, render: (_, e) => formatDateTime(e.occurredAt) },
          { title: '操作', dataIndex: 'action', width: 220 },
          { title: '对象', render: (_, e) => `${e.entity.type} ${e.entity.id}` },
          { title: '操作人', render: (_, e) => `${e.actor.userId ?? '系统'}（${e.actor.orgUnitId ?? ''}）` },
          { title: '原因', dataIndex: 'reason', render: (_, e) => e.reason ?? '—' },
        ]}
        footer={() =>
          cursor ? (
            <Button block onClick={() => load(cursor)} loading={loading}>
              加载更多
            </Button>
          ) : (
            <Typography.Text type="secondary">已显示全部 {entries.length} 条</Typography.Text>
          )
        }
      />
    </PageContainer>
  );
}
