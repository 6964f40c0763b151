import { ModalForm, PageContainer, ProForm, ProFormDigit, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Badge, Button, Descriptions, Empty, Form, Space, Spin, Table, Tabs, Tree, Typography, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import UnitPicker from '../../components/UnitPicker';
import { ApiError, refusalText, registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { downloadFrom } from '../../utils/download';
import { formatDate, formatYuan } from '../../utils/format';
import { competitionStatuses, lifecycleActions } from './labels';
import PioneerTeamApplicationForm from './PioneerTeamApplicationForm';

type Competition = Ok<RegistrationApi['/competitions/{id}']['get']>;
type Enrolment = Ok<RegistrationApi['/competitions/{id}/enrolments']['get']>['items'][number];

interface SummaryRow {
  no: number;
  name: string;
  industry: string;
  participants: number;
  leader: string;
  phone: string;
}
interface SummaryTotals {
  enterprises: number;
  teams: number;
  participants: number;
}
interface Summary {
  title: string;
  columns: string[];
  groups: { unitId: string; unitName: string; rows: SummaryRow[]; totals: SummaryTotals }[];
  totals: SummaryTotals;
}
interface LeagueNode {
  id: string;
  name: string;
  status: string;
  enrolledUnits: number;
  participants: number;
  subCompetitions: LeagueNode[];
}

const planFields: [keyof Competition, string][] = [
  ['theme', '竞赛主题'],
  ['contentAndGoals', '竞赛内容和目标'],
  ['requirements', '竞赛要求和标准'],
  ['formatAndVehicle', '竞赛方式和载体'],
  ['evaluationMethod', '竞赛考评办法'],
  ['assessmentTemplate', '考核评价表'],
  ['awardMethod', '奖励办法'],
];

/** One competition: its plan, its filing chain, lifecycle, enrolment, the attachment-2 summary and the league. */
export default function CompetitionDetail() {
  const { id } = useParams() as { id: string };
  const { access } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [competition, setCompetition] = useState<Competition>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => unwrap(registration.GET('/competitions/{id}', { params: { path: { id } } })).then(setCompetition), [id]);
  useEffect(() => {
    load().catch((e) => message.error(e.message));
  }, [load, message]);
  if (!competition) return <Spin style={{ display: 'block', marginTop: 120 }} />;

  const c = competition;
  const filingWorkflow = `approval-plan-filing-${c.id}`;
  const run = async (label: string, call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
      message.success(`${label}成功`);
      await load();
    } catch (e) {
      message.error(e instanceof ApiError ? refusalText(e.refusal) : String(e));
    } finally {
      setBusy(false);
    }
  };

  const actions = access.canManageCompetitions
    ? [
        c.status === 'draft' && (
          <Button key="edit" onClick={() => navigate(`/competitions/${c.id}/edit`)}>
            修改方案
          </Button>
        ),
        c.status === 'draft' && (
          <Button key="file" type="primary" loading={busy} onClick={() => run('报备', () => unwrap(registration.POST('/competitions/{id}/filing', { params: { path: { id: c.id } } })))}>
            报备方案
          </Button>
        ),
        ...(lifecycleActions[c.status] ?? []).map((a) => (
          <Button
            key={a.action}
            loading={busy}
            onClick={() => run(a.label, () => unwrap(registration.POST('/competitions/{id}/lifecycle', { params: { path: { id: c.id } }, body: { action: a.action } as never })))}
          >
            {a.label}
          </Button>
        )),
      ].filter(Boolean)
    : [];

  return (
    <PageContainer
      title={c.name}
      onBack={() => navigate('/competitions')}
      subTitle={<Badge status={competitionStatuses[c.status]?.status} text={competitionStatuses[c.status]?.text ?? c.status} />}
      extra={actions}
    >
      <Tabs
        destroyInactiveTabPane
        items={[
          {
            key: 'plan',
            label: '竞赛方案',
            children: (
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="竞赛类型">{c.kindLabel}</Descriptions.Item>
                <Descriptions.Item label="主办单位">{c.organiserName ?? c.organiserOrgUnitId}</Descriptions.Item>
                <Descriptions.Item label="竞赛时间">
                  {formatDate(c.startDate)} 至 {formatDate(c.endDate)}
                </Descriptions.Item>
                {planFields.map(([key, label]) => (
                  <Descriptions.Item key={key} label={label}>
                    <span style={{ whiteSpace: 'pre-wrap' }}>{(c[key] as string | null) ?? '—'}</span>
                  </Descriptions.Item>
                ))}
                <Descriptions.Item label="经费预算">{formatYuan(c.budgetYuan)}</Descriptions.Item>
                <Descriptions.Item label="备案">
                  {c.status === 'draft' ? '未报备' : <Link to={`/approvals/registration/${filingWorkflow}`}>查看备案审批流程</Link>}
                </Descriptions.Item>
              </Descriptions>
            ),
          },
          { key: 'enrolments', label: '报名', children: <Enrolments competition={c} /> },
          { key: 'summary', label: '参赛企业汇总表', children: <EnrolmentSummary competitionId={c.id} /> },
          { key: 'league', label: '联赛', children: <League competitionId={c.id} /> },
          // A 工人先锋号 creation drive takes applications (attachment 1) while it is open.
          ...(c.kind === 'team_creation' && c.status === 'open' && access.canWrite
            ? [{ key: 'pioneer', label: '工人先锋号申报', children: <PioneerTeamApplicationForm competitionId={c.id} /> }]
            : []),
        ]}
      />
    </PageContainer>
  );
}

function Enrolments({ competition }: { competition: Competition }) {
  const { access } = useSession();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const table = useRef<ActionType>();
  const [form] = Form.useForm();
  const columns: ProColumns<Enrolment>[] = [
    { title: '单位（班组）名称', dataIndex: 'unitName' },
    { title: '所属企业', dataIndex: 'enterpriseName' },
    { title: '所属行业', dataIndex: 'industry', render: (_, e) => e.industry ?? '—' },
    { title: '参赛人数', dataIndex: 'participants', align: 'right' },
    { title: '负责人', dataIndex: 'leaderName', render: (_, e) => e.leaderName ?? '—' },
    { title: '联系人', dataIndex: 'contactName' },
    { title: '联系电话', dataIndex: 'contactPhone' },
    { title: '状态', dataIndex: 'status', render: (_, e) => (e.status === 'enrolled' ? <Badge status="success" text="已报名" /> : <Badge status="default" text="已退出" />) },
  ];
  return (
    <ProTable<Enrolment>
      actionRef={table}
      rowKey="id"
      columns={columns}
      search={false}
      pagination={{ defaultPageSize: 20 }}
      options={{ density: false, setting: false }}
      toolBarRender={() =>
        access.canWrite && competition.status === 'open'
          ? [
              <ModalForm
                key="enrol"
                title="报名参赛"
                form={form}
                trigger={<Button type="primary">报名参赛</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={async (v) => {
                  const ok = await submitShowingRefusal(form, () => unwrap(registration.POST('/competitions/{id}/enrolments', { params: { path: { id: competition.id } }, body: v as never })), showRefusal);
                  if (ok) {
                    message.success('报名成功');
                    table.current?.reload();
                  }
                  return ok;
                }}
              >
                <ProForm.Item name="unitId" label="参赛企业或班组" rules={[{ required: true, message: '请选择参赛企业或班组' }]}>
                  <UnitPicker kinds={['enterprise_union', 'team']} />
                </ProForm.Item>
                <ProFormDigit name="participants" label="参赛人数" min={1} rules={[{ required: true, message: '请输入参赛人数' }]} />
                <ProFormText name="leaderName" label="负责人" />
                <ProFormText name="contactName" label="联系人" rules={[{ required: true, message: '请输入联系人' }]} />
                <ProFormText name="contactPhone" label="手机号/微信号" rules={[{ required: true, message: '请输入联系电话' }]} />
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await unwrap(
          registration.GET('/competitions/{id}/enrolments', { params: { path: { id: competition.id }, query: { limit: pageSize, offset: (current - 1) * pageSize } as never } }),
        );
        return { data: page.items, total: page.total, success: true };
      }}
    />
  );
}

function EnrolmentSummary({ competitionId }: { competitionId: string }) {
  const { message } = App.useApp();
  const [summary, setSummary] = useState<Summary>();
  useEffect(() => {
    unwrap(registration.GET('/competitions/{id}/enrolment-summary', { params: { path: { id: competitionId } } })).then((s) => setSummary(s as unknown as Summary));
  }, [competitionId]);
  if (!summary) return <Spin />;
  const rows = summary.groups.flatMap((g) => [
    { key: `g-${g.unitId}`, group: `${g.unitName}（企业 ${g.totals.enterprises} 家，班组 ${g.totals.teams} 个，参赛 ${g.totals.participants} 人）` } as const,
    ...g.rows.map((r) => ({ key: `${g.unitId}-${r.no}`, ...r })),
  ]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {summary.title}
        </Typography.Title>
        <Button
          onClick={() =>
            downloadFrom(`/api/registration/competitions/${competitionId}/enrolment-summary?format=xlsx`, `${summary.title}.xlsx`).catch((e) => message.error(String(e.message)))
          }
        >
          下载 XLSX
        </Button>
      </Space>
      {rows.length ? (
        <Table
          size="small"
          bordered
          pagination={false}
          dataSource={rows}
          columns={summary.columns.map((title, i) => ({
            title,
            key: title,
            render: (_: unknown, r: (typeof rows)[number]) => {
              if ('group' in r) return i === 0 ? { children: <strong>{r.group}</strong>, props: { colSpan: summary.columns.length } } : { props: { colSpan: 0 } };
              return [r.no, r.name, r.industry, r.participants, r.leader, r.phone][i];
            },
          }))}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={summary.columns.length}>
                合计：企业 {summary.totals.enterprises} 家，班组 {summary.totals.teams} 个，参赛 {summary.totals.participants} 人
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      ) : (
        <Empty description="尚无报名" />
      )}
    </Space>
  );
}

function League({ competitionId }: { competitionId: string }) {
  const [league, setLeague] = useState<LeagueNode>();
  useEffect(() => {
    unwrap(registration.GET('/competitions/{id}/league', { params: { path: { id: competitionId } } })).then((l) => setLeague(l as unknown as LeagueNode));
  }, [competitionId]);
  if (!league) return <Spin />;
  const node = (n: LeagueNode): TreeDataNode => ({
    key: n.id,
    title: (
      <Space>
        <Link to={`/competitions/${n.id}`}>{n.name}</Link>
        <Typography.Text type="secondary">
          报名单位 {n.enrolledUnits} 个 · 参赛 {n.participants} 人
        </Typography.Text>
      </Space>
    ),
    children: n.subCompetitions.map(node),
  });
  return <Tree treeData={[node(league)]} defaultExpandAll selectable={false} />;
}
