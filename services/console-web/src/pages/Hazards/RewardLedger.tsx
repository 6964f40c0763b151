import { ModalForm, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Form } from 'antd';
import { useRef } from 'react';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import CaseFileLink from '../../components/CaseFileLink';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';
import { useLocale } from '../../locales';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime, formatYuan } from '../../utils/format';
import { labelOf, rewardStatuses } from '../Approvals/item-views/labels';
import UnitName from './UnitName';

type Reward = Ok<HazardRewardApi['/hazard-rewards']['get']>['items'][number];

/** 奖励台账: the rewards issued by my union and those under it, for finance; a reward paid out against its claim code. */
export default function RewardLedger() {
  const { t } = useLocale();
  const { access } = useSession();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [form] = Form.useForm();
  const table = useRef<ActionType>();
  const columns: ProColumns<Reward>[] = [
    { title: t('hazards.col.createdAt'), dataIndex: 'createdAt', width: 150, render: (_, r) => formatDateTime(r.createdAt) },
    { title: t('hazards.col.enterprise'), dataIndex: 'enterpriseUnitId', render: (_, r) => <UnitName id={r.enterpriseUnitId} /> },
    { title: t('hazards.col.amount'), dataIndex: 'amountYuan', width: 130, align: 'right', render: (_, r) => formatYuan(r.amountYuan) },
    { title: t('hazards.col.status'), dataIndex: 'status', width: 150, render: (_, r) => labelOf(t, rewardStatuses, r.status) },
    { title: t('hazards.col.issuer'), dataIndex: 'issuingUnitId', render: (_, r) => <UnitName id={r.issuingUnitId} /> },
    { title: t('hazards.col.year'), dataIndex: 'budgetYear', width: 100 },
    { title: t('hazards.col.note'), dataIndex: 'note', ellipsis: true },
    { title: t('approvals.actions'), key: 'caseFile', width: 100, render: (_, r) => <CaseFileLink kind="hazard-reward" id={r.id} /> },
  ];
  return (
    <ProTable<Reward>
      actionRef={table}
      rowKey="id"
      search={false}
      columns={columns}
      {...serverTableDefaults}
      toolBarRender={() =>
        access.canRedeemRewards
          ? [
              <ModalForm
                key="redeem"
                title={t('hazards.redeem.title')}
                form={form}
                width={420}
                trigger={<Button type="primary">{t('hazards.redeem')}</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={async (v) => {
                  let paid: string | undefined;
                  const ok = await submitShowingRefusal(
                    form,
                    async () => {
                      paid = (await unwrap(hazardReward.POST('/reward-claims/redemption', { body: v as never }))).amountYuan;
                    },
                    showRefusal,
                  );
                  if (ok) {
                    message.success(t('hazards.redeem.done', { amount: formatYuan(paid) }));
                    table.current?.reload();
                  }
                  return ok;
                }}
              >
                <ProFormText name="claimCode" label={t('hazards.redeem.code')} placeholder="Q4ZK-8M2D-TT7R-0P3X" rules={[{ required: true, message: t('hazards.redeem.codeRequired') }]} />
              </ModalForm>,
            ]
          : []
      }
      request={async (params) => tablePage(await unwrap(hazardReward.GET('/hazard-rewards', { params: { query: listQuery(params) } })))}
    />
  );
}
