import { ModalForm, ProFormDigit, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Card, Col, Form, InputNumber, Row, Space, Statistic } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { listQuery, serverTableDefaults, tablePage } from '../../components/server-list';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import { awards, unwrap, type AwardsApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime, formatYuan } from '../../utils/format';
import { labelOf, nomineeKinds } from '../Approvals/item-views/labels';
import { thisYear } from './labels';

type Fund = Ok<AwardsApi['/competition-funds/{unitId}/{year}']['get']>;
type Entry = Ok<AwardsApi['/competition-funds/{unitId}/{year}/entries']['get']>['items'][number];

/** 经费台账: a union's competition fund for a year (budget, spent, left) and each material reward paid from it. */
export default function FundLedger() {
  const { t } = useLocale();
  const { user, access } = useSession();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [form] = Form.useForm();
  const [unitId, setUnitId] = useState(user?.orgUnitId ?? '');
  const [year, setYear] = useState(thisYear());
  const [fund, setFund] = useState<Fund>();
  const table = useRef<ActionType>();

  const load = useCallback(() => {
    if (!unitId) return;
    // The ledger's table follows unitId and year through its params.
    unwrap(awards.GET('/competition-funds/{unitId}/{year}', { params: { path: { unitId, year } } })).then(setFund, () => setFund(undefined));
  }, [unitId, year]);
  useEffect(load, [load]);

  const columns: ProColumns<Entry>[] = [
    { title: t('honours.fund.lineNo'), dataIndex: 'lineNo', width: 70 },
    { title: t('honours.fund.paidAt'), dataIndex: 'recordedAt', width: 170, render: (_, e) => formatDateTime(e.recordedAt) },
    { title: t('honours.col.honour'), dataIndex: 'honourName' },
    {
      title: t('honours.col.nominee'),
      dataIndex: 'nominee',
      render: (_, e) =>
        e.nominee ? (
          <Link to={`/honours/nominations/${e.nominationId}`}>{t('honours.nomineeWithKind', { name: e.nominee.name, kind: labelOf(t, nomineeKinds, e.nominee.kind) })}</Link>
        ) : (
          t('honours.fund.nomineeHidden')
        ),
    },
    { title: t('honours.fund.amount'), dataIndex: 'amountYuan', width: 150, align: 'right', render: (_, e) => formatYuan(e.amountYuan) },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <span>{t('honours.fund.unit')}</span>
        <div style={{ width: 320 }}>
          <UnitPicker kinds={['city_federation', 'county_federation']} value={unitId} onChange={(id) => id && setUnitId(id)} />
        </div>
        <span>{t('honours.col.year')}</span>
        <InputNumber aria-label={t('honours.col.year')} min={2000} max={2100} precision={0} value={year} onChange={(v) => v && setYear(v)} />
        {access.canSetCompetitionFund && (
          <ModalForm
            name="fund"
            title={t('honours.fund.setTitle', { year })}
            form={form}
            width={420}
            trigger={<Button>{t('honours.fund.set')}</Button>}
            modalProps={{ destroyOnClose: true }}
            initialValues={{ totalYuan: fund ? Number(fund.totalYuan) : undefined }}
            onFinish={async ({ totalYuan }) => {
              const ok = await submitShowingRefusal(form, () => unwrap(awards.PUT('/competition-funds/{unitId}/{year}', { params: { path: { unitId, year } }, body: { totalYuan } })), showRefusal);
              if (ok) {
                message.success(t('honours.fund.setDone'));
                load();
              }
              return ok;
            }}
          >
            <ProFormDigit name="totalYuan" label={t('honours.fund.total')} min={0} fieldProps={{ precision: 2 }} rules={[{ required: true, message: t('honours.fund.totalRequired') }]} />
          </ModalForm>
        )}
      </Space>
      <Row gutter={16}>
        {(
          [
            ['honours.fund.total', fund?.totalYuan],
            ['honours.fund.spent', fund?.spentYuan],
            ['honours.fund.left', fund?.leftYuan],
          ] as const
        ).map(([label, value]) => (
          <Col key={label} xs={24} md={8}>
            <Card size="small">
              <Statistic title={t(label)} value={formatYuan(value)} />
            </Card>
          </Col>
        ))}
      </Row>
      <ProTable<Entry>
        actionRef={table}
        rowKey="nominationId"
        columns={columns}
        search={false}
        {...serverTableDefaults}
        headerTitle={t('honours.fund.ledgerTitle')}
        params={{ unitId, year }}
        request={async (params) =>
          unitId ? tablePage(await unwrap(awards.GET('/competition-funds/{unitId}/{year}/entries', { params: { path: { unitId, year }, query: listQuery(params) } }))) : { data: [], total: 0, success: true }
        }
      />
    </Space>
  );
}
