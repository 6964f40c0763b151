import { ModalForm, PageContainer, ProForm, ProFormDatePicker, ProFormDigit, ProFormList, ProFormRate, ProFormSelect, ProFormText, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button, Form, Segmented, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useSubmitAndReload } from '../../components/api-form';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate } from '../../utils/format';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';

type Supervisor = Ok<RegistrationApi['/energy-supervisors']['get']>['items'][number];
type SupervisorStatus = NonNullable<NonNullable<RegistrationApi['/energy-supervisors']['get']['parameters']['query']>['status']>;
type ServiceRequest = Ok<RegistrationApi['/technical-service-requests']['get']>['items'][number];

/** The forms' common rules: a required field (请填写姓名 / Name is required) and a year-month. */
function useRules() {
  const { t } = useLocale();
  return {
    required: (what: MessageKey) => ({ required: true, message: t('org.registers.required', { what: t(what) }) }),
    month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: t('org.registers.monthFormat') },
  };
}
const approvalLink = (workflowId: string | null | undefined, content: React.ReactNode) =>
  workflowId ? <Link to={`/approvals/registration/${encodeURIComponent(workflowId)}`}>{content}</Link> : content;

const supervisorStatus: Record<string, [MessageKey, 'processing' | 'success' | 'error' | 'default']> = {
  submitted: ['status.pending', 'processing'],
  approved: ['org.registers.status.registered', 'success'],
  rejected: ['status.rejected', 'error'],
  withdrawn: ['status.withdrawn', 'default'],
};
const serviceStatus: Record<string, [MessageKey, 'processing' | 'success' | 'error' | 'default' | 'warning']> = {
  requested: ['org.services.status.requested', 'processing'],
  accepted: ['org.services.status.accepted', 'warning'],
  declined: ['org.services.status.declined', 'error'],
  withdrawn: ['status.withdrawn', 'default'],
  delivered: ['org.services.status.delivered', 'success'],
  rated: ['org.services.status.rated', 'success'],
};

/** Which registrations the table shows: the register itself, or those still in (or out of) their chain. */
const SUPERVISOR_VIEWS: SupervisorStatus[] = ['approved', 'submitted', 'rejected', 'withdrawn'];

/** 节能减排义务监督员登记 (seed 004 attachment 4): the register, and registering one through its chain. */
function Supervisors() {
  const { access } = useSession();
  const { t } = useLocale();
  const { required, month } = useRules();
  const table = useRef<ActionType>();
  const [status, setStatus] = useState<SupervisorStatus>('approved');
  const [form] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const columns: ProColumns<Supervisor>[] = [
    { title: t('org.field.personName'), dataIndex: ['form', 'name'] },
    {
      title: t('org.registers.unit'),
      // A team's supervisor: the enterprise, then the team.
      render: (_, s) => (s.unit.id !== s.enterprise.id ? t('org.registers.unitOfEnterprise', { enterprise: s.enterprise.name, unit: s.unit.name }) : s.enterprise.name),
    },
    { title: t('org.registers.trade'), dataIndex: ['form', 'trade'] },
    { title: t('org.users.mobile'), dataIndex: ['form', 'mobile'] },
    { title: t('org.registers.registeredAt'), render: (_, s) => formatDate(s.submittedAt) },
    {
      title: t('org.field.status'),
      render: (_, s) => {
        const [key, status] = supervisorStatus[s.status] ?? [undefined, 'default'];
        return approvalLink(s.workflowId, <Badge status={status} text={key ? t(key) : s.status} />);
      },
    },
  ];
  return (
    <ProTable<Supervisor>
      actionRef={table}
      rowKey="id"
      search={false}
      columns={columns}
      params={{ status }}
      {...serverTableDefaults}
      headerTitle={
        <Segmented
          aria-label={t('org.registers.views')}
          options={SUPERVISOR_VIEWS.map((value) => ({ value, label: t(supervisorStatus[value][0]) }))}
          value={status}
          onChange={(v) => setStatus(v as SupervisorStatus)}
        />
      }
      toolBarRender={() =>
        access.canWrite
          ? [
              <ModalForm
                key="new"
                title={t('org.registers.supervisorForm')}
                form={form}
                width={720}
                trigger={<Button type="primary">{t('org.registers.register')}</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={async (v) => {
                  const ok = await submit(form, () => unwrap(registration.POST('/energy-supervisors', { body: v as never })), t('org.registers.submitted'));
                  // What was just submitted is among those in their chain, not yet in the register.
                  if (ok) setStatus('submitted');
                  return ok;
                }}
              >
                <ProForm.Item name="unitId" label={t('org.registers.supervisorUnit')} rules={[{ required: true, message: t('org.registers.supervisorUnitRequired') }]}>
                  <UnitPicker kinds={['enterprise_union', 'team']} />
                </ProForm.Item>
                <ProForm.Group>
                  <ProFormText name="name" label={t('org.field.personName')} width="sm" rules={[required('org.field.personName')]} />
                  <ProFormSelect
                    name="gender"
                    label={t('org.registers.gender')}
                    width="xs"
                    options={[
                      { value: 'male', label: t('org.registers.male') },
                      { value: 'female', label: t('org.registers.female') },
                    ]}
                    rules={[{ required: true, message: t('org.registers.genderRequired') }]}
                  />
                  <ProFormText name="birthMonth" label={t('org.registers.birthMonth')} width="sm" placeholder={t('org.registers.example', { value: '1985-09' })} rules={[required('org.registers.birthMonth'), month]} />
                  <ProFormText name="education" label={t('org.registers.education')} width="sm" rules={[required('org.registers.education')]} />
                  <ProFormText name="politicalStatus" label={t('org.registers.politicalStatus')} width="sm" rules={[required('org.registers.politicalStatus')]} />
                  <ProFormText name="trade" label={t('org.registers.trade')} width="sm" rules={[required('org.registers.trade')]} />
                  <ProFormText
                    name="appointedMonth"
                    label={t('org.registers.appointedMonth')}
                    width="sm"
                    placeholder={t('org.registers.example', { value: '2016-01' })}
                    rules={[required('org.registers.appointedWhen'), month]}
                  />
                  <ProFormText name="qqOrWechat" label={t('org.registers.qqOrWechat')} width="sm" />
                  <ProFormText name="mobile" label={t('org.registers.mobile')} width="sm" rules={[required('org.registers.mobile'), { pattern: /^1\d{10}$/, message: t('org.registers.mobileFormat') }]} />
                  <ProFormText name="unitAddress" label={t('org.registers.unitAddress')} width="lg" rules={[required('org.registers.unitAddress')]} />
                  <ProFormText name="postcode" label={t('org.registers.postcode')} width="xs" rules={[required('org.registers.postcode'), { pattern: /^\d{6}$/, message: t('org.registers.postcodeFormat') }]} />
                </ProForm.Group>
                <ProFormTextArea name="pastAwards" label={t('org.registers.pastAwards')} />
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await unwrap(registration.GET('/energy-supervisors', { params: { query: { status, ...listQuery({ current, pageSize }) } } }));
        return tablePage(page);
      }}
    />
  );
}

/** 企业技术服务需求 (seed 004 attachment 5): requests, the township's opinion, delivery and its rating. */
function TechnicalServices() {
  const { access } = useSession();
  const { t } = useLocale();
  const { required } = useRules();
  const table = useRef<ActionType>();
  const [requestForm] = Form.useForm();
  const [deliveryForm] = Form.useForm();
  const [ratingForm] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const columns: ProColumns<ServiceRequest>[] = [
    { title: t('org.services.enterprise'), render: (_, r) => r.enterprise.name },
    { title: t('org.services.project'), dataIndex: ['form', 'service', 'project'] },
    { title: t('org.services.content'), dataIndex: ['form', 'service', 'content'], ellipsis: true },
    { title: t('org.services.requestedAt'), render: (_, r) => formatDate(r.requestedAt) },
    {
      title: t('org.field.status'),
      render: (_, r) => {
        const [key, status] = serviceStatus[r.status] ?? [undefined, 'default'];
        return approvalLink(r.workflowId, <Badge status={status} text={key ? t(key) : r.status} />);
      },
    },
    {
      title: t('org.field.actions'),
      valueType: 'option',
      hideInTable: !access.canWrite,
      render: (_, r) => [
        r.status === 'accepted' && (
          <ModalForm
            key="deliver"
            title={t('org.services.deliverTitle')}
            form={deliveryForm}
            trigger={<a>{t('org.services.deliver')}</a>}
            modalProps={{ destroyOnClose: true }}
            onFinish={(v) =>
              submit(deliveryForm, () => unwrap(registration.POST('/technical-service-requests/{id}/delivery', { params: { path: { id: r.id } }, body: { ...v, deliveredOn: dayjs(v.deliveredOn).format('YYYY-MM-DD') } as never })), t('org.services.delivered'))
            }
          >
            <ProFormTextArea name="what" label={t('org.services.what')} rules={[required('org.services.what')]} />
            <ProFormText name="deliveredBy" label={t('org.services.deliveredBy')} rules={[required('org.services.deliveredBy')]} />
            <ProFormDatePicker name="deliveredOn" label={t('org.services.deliveredOn')} rules={[{ required: true, message: t('org.services.deliveredOnRequired') }]} />
          </ModalForm>
        ),
        r.status === 'delivered' && (
          <ModalForm
            key="rate"
            title={t('org.services.rateTitle')}
            form={ratingForm}
            trigger={<a>{t('org.services.rate')}</a>}
            modalProps={{ destroyOnClose: true }}
            onFinish={(v) => submit(ratingForm, () => unwrap(registration.POST('/technical-service-requests/{id}/rating', { params: { path: { id: r.id } }, body: v as never })), t('org.services.status.rated'))}
          >
            <ProFormRate name="score" label={t('org.services.score')} rules={[{ required: true, message: t('org.services.scoreRequired') }]} />
            <ProFormTextArea name="comment" label={t('org.services.comment')} rules={[required('org.services.comment')]} />
          </ModalForm>
        ),
      ],
    },
  ];
  return (
    <ProTable<ServiceRequest>
      actionRef={table}
      rowKey="id"
      search={false}
      columns={columns}
      {...serverTableDefaults}
      toolBarRender={() =>
        access.canWrite
          ? [
              <ModalForm
                key="new"
                title={t('org.services.form')}
                form={requestForm}
                width={720}
                trigger={<Button type="primary">{t('org.services.new')}</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={(v) => submit(requestForm, () => unwrap(registration.POST('/technical-service-requests', { body: { trainingNeeds: [], ...v } as never })), t('org.services.submitted'))}
              >
                <ProForm.Item name="enterpriseUnitId" label={t('org.services.enterprise')} rules={[{ required: true, message: t('org.services.enterpriseRequired') }]}>
                  <UnitPicker kinds={['enterprise_union']} />
                </ProForm.Item>
                <ProForm.Group>
                  <ProFormText name="unionChairman" label={t('org.services.unionChairman')} width="sm" rules={[required('org.services.unionChairman')]} />
                  <ProFormText name="contact" label={t('org.services.contact')} width="md" rules={[required('org.services.contactWhat')]} />
                  <ProFormText name="enterpriseAddress" label={t('org.services.enterpriseAddress')} width="lg" rules={[required('org.services.enterpriseAddress')]} />
                </ProForm.Group>
                <ProForm.Group title={t('org.services.needed')}>
                  <ProFormText name={['service', 'project']} label={t('org.services.project')} width="md" rules={[required('org.services.project')]} />
                  <ProFormText name={['service', 'specialtyOrTrade']} label={t('org.services.specialtyOrTrade')} width="md" rules={[required('org.services.specialtyOrTrade')]} />
                  <ProFormTextArea name={['service', 'content']} label={t('org.services.content')} width="xl" rules={[required('org.services.content')]} />
                </ProForm.Group>
                <ProFormList name="trainingNeeds" label={t('org.services.trainingNeeds')} creatorButtonProps={{ creatorButtonText: t('org.services.addTrade') }} copyIconProps={false}>
                  <ProForm.Group>
                    <ProFormText name="trade" label={t('org.registers.trade')} width="sm" rules={[required('org.registers.trade')]} />
                    <ProFormDigit name="headcount" label={t('org.services.headcount')} width="xs" min={1} rules={[required('org.services.headcount')]} />
                  </ProForm.Group>
                </ProFormList>
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await unwrap(registration.GET('/technical-service-requests', { params: { query: listQuery({ current, pageSize }) } }));
        return tablePage(page);
      }}
    />
  );
}

/** 登记册: the registers of seed 004, attachments 4 and 5. */
export default function RegistersPage() {
  const { access } = useSession();
  const { t } = useLocale();
  return (
    <PageContainer title={t('menu.registers')}>
      <Tabs
        items={[
          { key: 'supervisors', label: t('org.registers.supervisors'), children: <Supervisors /> },
          // An enterprise's requests for technical service are the unions' business, not a team's.
          ...(access.isUnionCadre ? [{ key: 'services', label: t('org.services.title'), children: <TechnicalServices /> }] : []),
        ]}
      />
    </PageContainer>
  );
}
