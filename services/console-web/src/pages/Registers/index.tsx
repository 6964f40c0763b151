import { ModalForm, PageContainer, ProForm, ProFormDatePicker, ProFormDigit, ProFormList, ProFormRate, ProFormSelect, ProFormText, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button, Form, Segmented, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useSubmitAndReload } from '../../components/api-form';
import UnitPicker from '../../components/UnitPicker';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate } from '../../utils/format';

type Supervisor = Ok<RegistrationApi['/energy-supervisors']['get']>['items'][number];
type SupervisorStatus = NonNullable<NonNullable<RegistrationApi['/energy-supervisors']['get']['parameters']['query']>['status']>;
type ServiceRequest = Ok<RegistrationApi['/technical-service-requests']['get']>['items'][number];

const MONTH = { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: '请按“年-月”填写，如 2016-01' };
const required = (what: string) => ({ required: true, message: `请填写${what}` });
const approvalLink = (workflowId: string | null | undefined, content: React.ReactNode) =>
  workflowId ? <Link to={`/approvals/registration/${encodeURIComponent(workflowId)}`}>{content}</Link> : content;

const supervisorStatus: Record<string, [string, 'processing' | 'success' | 'error' | 'default']> = {
  submitted: ['审批中', 'processing'],
  approved: ['已登记', 'success'],
  rejected: ['未通过', 'error'],
  withdrawn: ['已撤回', 'default'],
};
const serviceStatus: Record<string, [string, 'processing' | 'success' | 'error' | 'default' | 'warning']> = {
  requested: ['待受理', 'processing'],
  accepted: ['已受理', 'warning'],
  declined: ['未受理', 'error'],
  withdrawn: ['已撤回', 'default'],
  delivered: ['已服务', 'success'],
  rated: ['已评价', 'success'],
};

/** Which registrations the table shows: the register itself, or those still in (or out of) their chain. */
const SUPERVISOR_VIEWS: { value: SupervisorStatus; label: string }[] = [
  { value: 'approved', label: '已登记' },
  { value: 'submitted', label: '审批中' },
  { value: 'rejected', label: '未通过' },
  { value: 'withdrawn', label: '已撤回' },
];

/** 节能减排义务监督员登记 (seed 004 attachment 4): the register, and registering one through its chain. */
function Supervisors() {
  const { access } = useSession();
  const table = useRef<ActionType>();
  const [status, setStatus] = useState<SupervisorStatus>('approved');
  const [form] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const columns: ProColumns<Supervisor>[] = [
    { title: '姓名', dataIndex: ['form', 'name'] },
    { title: '单位', render: (_, s) => `${s.enterprise.name}${s.unit.id !== s.enterprise.id ? `（${s.unit.name}）` : ''}` },
    { title: '工种', dataIndex: ['form', 'trade'] },
    { title: '手机号', dataIndex: ['form', 'mobile'] },
    { title: '登记时间', render: (_, s) => formatDate(s.submittedAt) },
    {
      title: '状态',
      render: (_, s) => {
        const [text, status] = supervisorStatus[s.status] ?? [s.status, 'default'];
        return approvalLink(s.workflowId, <Badge status={status} text={text} />);
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
      pagination={{ defaultPageSize: 20 }}
      options={{ density: false, setting: false }}
      headerTitle={<Segmented aria-label="登记状态" options={SUPERVISOR_VIEWS} value={status} onChange={(v) => setStatus(v as SupervisorStatus)} />}
      toolBarRender={() =>
        access.canWrite
          ? [
              <ModalForm
                key="new"
                title="节能减排义务监督员登记表"
                form={form}
                width={720}
                trigger={<Button type="primary">登记监督员</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={async (v) => {
                  const ok = await submit(form, () => unwrap(registration.POST('/energy-supervisors', { body: v as never })), '已提交，进入审批');
                  // What was just submitted is among those in their chain, not yet in the register.
                  if (ok) setStatus('submitted');
                  return ok;
                }}
              >
                <ProForm.Item name="unitId" label="所在单位（企业或班组）" rules={[{ required: true, message: '请选择所在单位' }]}>
                  <UnitPicker kinds={['enterprise_union', 'team']} />
                </ProForm.Item>
                <ProForm.Group>
                  <ProFormText name="name" label="姓名" width="sm" rules={[required('姓名')]} />
                  <ProFormSelect name="gender" label="性别" width="xs" options={[{ value: 'male', label: '男' }, { value: 'female', label: '女' }]} rules={[{ required: true, message: '请选择性别' }]} />
                  <ProFormText name="birthMonth" label="出生年月" width="sm" placeholder="如 1985-09" rules={[required('出生年月'), MONTH]} />
                  <ProFormText name="education" label="文化程度" width="sm" rules={[required('文化程度')]} />
                  <ProFormText name="politicalStatus" label="政治面貌" width="sm" rules={[required('政治面貌')]} />
                  <ProFormText name="trade" label="工种" width="sm" rules={[required('工种')]} />
                  <ProFormText name="appointedMonth" label="何年何月任职" width="sm" placeholder="如 2016-01" rules={[required('任职时间'), MONTH]} />
                  <ProFormText name="qqOrWechat" label="QQ号/微信号" width="sm" />
                  <ProFormText name="mobile" label="手机号码" width="sm" rules={[required('手机号码'), { pattern: /^1\d{10}$/, message: '手机号码为11位数字' }]} />
                  <ProFormText name="unitAddress" label="单位地址" width="lg" rules={[required('单位地址')]} />
                  <ProFormText name="postcode" label="邮编" width="xs" rules={[required('邮编'), { pattern: /^\d{6}$/, message: '邮编为6位数字' }]} />
                </ProForm.Group>
                <ProFormTextArea name="pastAwards" label="何时何地受过何种奖励、称号" />
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await unwrap(registration.GET('/energy-supervisors', { params: { query: { status, limit: pageSize, offset: (current - 1) * pageSize } } }));
        return { data: page.items, total: page.total, success: true };
      }}
    />
  );
}

/** 企业技术服务需求 (seed 004 attachment 5): requests, the township's opinion, delivery and its rating. */
function TechnicalServices() {
  const { access } = useSession();
  const table = useRef<ActionType>();
  const [requestForm] = Form.useForm();
  const [deliveryForm] = Form.useForm();
  const [ratingForm] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const columns: ProColumns<ServiceRequest>[] = [
    { title: '企业', render: (_, r) => r.enterprise.name },
    { title: '项目', dataIndex: ['form', 'service', 'project'] },
    { title: '内容', dataIndex: ['form', 'service', 'content'], ellipsis: true },
    { title: '申请时间', render: (_, r) => formatDate(r.requestedAt) },
    {
      title: '状态',
      render: (_, r) => {
        const [text, status] = serviceStatus[r.status] ?? [r.status, 'default'];
        return approvalLink(r.workflowId, <Badge status={status} text={text} />);
      },
    },
    {
      title: '操作',
      valueType: 'option',
      hideInTable: !access.canWrite,
      render: (_, r) => [
        r.status === 'accepted' && (
          <ModalForm
            key="deliver"
            title="填报服务完成情况"
            form={deliveryForm}
            trigger={<a>填报完成情况</a>}
            modalProps={{ destroyOnClose: true }}
            onFinish={(v) =>
              submit(deliveryForm, () => unwrap(registration.POST('/technical-service-requests/{id}/delivery', { params: { path: { id: r.id } }, body: { ...v, deliveredOn: dayjs(v.deliveredOn).format('YYYY-MM-DD') } as never })), '已填报')
            }
          >
            <ProFormTextArea name="what" label="服务内容" rules={[required('服务内容')]} />
            <ProFormText name="deliveredBy" label="服务人员" rules={[required('服务人员')]} />
            <ProFormDatePicker name="deliveredOn" label="完成日期" rules={[{ required: true, message: '请选择完成日期' }]} />
          </ModalForm>
        ),
        r.status === 'delivered' && (
          <ModalForm
            key="rate"
            title="评价技术服务"
            form={ratingForm}
            trigger={<a>评价</a>}
            modalProps={{ destroyOnClose: true }}
            onFinish={(v) => submit(ratingForm, () => unwrap(registration.POST('/technical-service-requests/{id}/rating', { params: { path: { id: r.id } }, body: v as never })), '已评价')}
          >
            <ProFormRate name="score" label="评分" rules={[{ required: true, message: '请评分' }]} />
            <ProFormTextArea name="comment" label="评价" rules={[required('评价')]} />
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
      pagination={{ defaultPageSize: 20 }}
      options={{ density: false, setting: false }}
      toolBarRender={() =>
        access.canWrite
          ? [
              <ModalForm
                key="new"
                title="企业技术服务需求表"
                form={requestForm}
                width={720}
                trigger={<Button type="primary">登记需求</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={(v) => submit(requestForm, () => unwrap(registration.POST('/technical-service-requests', { body: { trainingNeeds: [], ...v } as never })), '已提交，等待乡镇（街道）意见')}
              >
                <ProForm.Item name="enterpriseUnitId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
                  <UnitPicker kinds={['enterprise_union']} />
                </ProForm.Item>
                <ProForm.Group>
                  <ProFormText name="unionChairman" label="工会主席" width="sm" rules={[required('工会主席')]} />
                  <ProFormText name="contact" label="联系电话/QQ号/微信号" width="md" rules={[required('联系方式')]} />
                  <ProFormText name="enterpriseAddress" label="企业地址" width="lg" rules={[required('企业地址')]} />
                </ProForm.Group>
                <ProForm.Group title="急需技术服务的项目、内容">
                  <ProFormText name={['service', 'project']} label="项目" width="md" rules={[required('项目')]} />
                  <ProFormText name={['service', 'specialtyOrTrade']} label="专业或工种" width="md" rules={[required('专业或工种')]} />
                  <ProFormTextArea name={['service', 'content']} label="内容" width="xl" rules={[required('内容')]} />
                </ProForm.Group>
                <ProFormList name="trainingNeeds" label="职工技能培训需求" creatorButtonProps={{ creatorButtonText: '添加一个工种' }} copyIconProps={false}>
                  <ProForm.Group>
                    <ProFormText name="trade" label="工种" width="sm" rules={[required('工种')]} />
                    <ProFormDigit name="headcount" label="人数" width="xs" min={1} rules={[required('人数')]} />
                  </ProForm.Group>
                </ProFormList>
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await unwrap(registration.GET('/technical-service-requests', { params: { query: { limit: pageSize, offset: (current - 1) * pageSize } } }));
        return { data: page.items, total: page.total, success: true };
      }}
    />
  );
}

/** 登记册: the registers of seed 004, attachments 4 and 5. */
export default function RegistersPage() {
  const { access } = useSession();
  return (
    <PageContainer title="登记册">
      <Tabs
        items={[
          { key: 'supervisors', label: '节能减排义务监督员', children: <Supervisors /> },
          // An enterprise's requests for technical service are the unions' business, not a team's.
          ...(access.isUnionCadre ? [{ key: 'services', label: '企业技术服务需求', children: <TechnicalServices /> }] : []),
        ]}
      />
    </PageContainer>
  );
}
