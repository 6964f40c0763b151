import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Button, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useLocale } from '../../locales';
import { ApiError, refusalText, serviceClients, unwrap, type Ok, type RegistrationApi, type ServiceName } from '../../services/api';
import { useSession } from '../../session-context';
import { downloadFrom } from '../../utils/download';
import { formatDateTime } from '../../utils/format';

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

const services = Object.keys(serviceClients) as ServiceName[];
const serviceKey = (s: ServiceName) => `competitions.audit.service.${s}` as const;

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
  const { t } = useLocale();
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
    downloadFrom(`/api/${service}/audit/entries.csv?${q}`, t('competitions.audit.csvFile', { service: t(serviceKey(service)) })).catch((e) => message.error(String(e.message)));
  };

  return (
    <PageContainer title={t('menu.audit')}>
      <ProCard style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" onFinish={(f) => setFilters(f)}>
          <Form.Item label={t('competitions.audit.service')}>
            <Select value={service} onChange={setService} style={{ width: 140 }} options={services.map((s) => ({ value: s, label: t(serviceKey(s)) }))} />
          </Form.Item>
          <Form.Item name="orgUnitId" label={t('competitions.audit.unitId')}>
            <Input allowClear style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="entityType" label={t('competitions.audit.entityType')}>
            <Input allowClear style={{ width: 130 }} placeholder={t('competitions.example', { example: 'competition' })} />
          </Form.Item>
          <Form.Item name="entityId" label={t('competitions.audit.entityId')}>
            <Input allowClear style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="actorId" label={t('competitions.audit.actorId')}>
            <Input allowClear style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="period" label={t('competitions.audit.time')}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('common.search')}
              </Button>
              {access.canReadAudit && <Button onClick={exportCsv}>{t('competitions.audit.exportCsv')}</Button>}
              <Button onClick={verifyAll}>{t('competitions.audit.verify')}</Button>
            </Space>
          </Form.Item>
        </Form>
        {Object.keys(verified).length > 0 && (
          <Descriptions size="small" column={4} style={{ marginTop: 16 }} bordered>
            {services.map((s) => {
              const v = verified[s];
              return (
                <Descriptions.Item key={s} label={t(serviceKey(s))}>
                  {v === undefined ? (
                    t('competitions.audit.verifying')
                  ) : typeof v === 'string' ? (
                    <Tag color="orange">{v}</Tag>
                  ) : v.ok ? (
                    <Tag color="green">{t('competitions.audit.intact', { entries: v.entries ?? '' })}</Tag>
                  ) : (
                    <Tag color="red">{t('competitions.audit.broken', { seq: v.firstBrokenSeq ?? '', problem: v.problem ?? '' })}</Tag>
                  )}
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
          { title: t('competitions.audit.seq'), dataIndex: 'seq', width: 80 },
          { title: t('competitions.audit.time'), dataIndex: 'occurredAt', width: 180, render: (_, e) => formatDateTime(e.occurredAt) },
          { title: t('competitions.audit.action'), dataIndex: 'action', width: 220 },
          { title: t('competitions.audit.entity'), render: (_, e) => `${e.entity.type} ${e.entity.id}` },
          { title: t('competitions.audit.actor'), render: (_, e) => t('competitions.audit.actorAt', { actor: e.actor.userId ?? t('competitions.audit.system'), unit: e.actor.orgUnitId ?? '' }) },
          { title: t('competitions.audit.reason'), dataIndex: 'reason', render: (_, e) => e.reason ?? '—' },
        ]}
        footer={() =>
          cursor ? (
            <Button block onClick={() => load(cursor)} loading={loading}>
              {t('competitions.audit.more')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('competitions.audit.all', { count: entries.length })}</Typography.Text>
          )
        }
      />
    </PageContainer>
  );
}
