import { ModalForm, PageContainer, ProForm, ProFormDigit, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Badge, Button, Descriptions, Empty, Form, Space, Spin, Table, Tabs, Tree, Typography, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { ApiError, refusalText, registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { downloadFrom } from '../../utils/download';
import { formatDate, formatYuan } from '../../utils/format';
import { competitionStatuses, kindLabel, lifecycleActions } from './labels';
import PioneerTeamApplicationForm from './PioneerTeamApplicationForm';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';

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
  competition: { id: string; name: string };
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

const planFields: [keyof Competition, MessageKey][] = [
  ['theme', 'competitions.field.theme'],
  ['contentAndGoals', 'competitions.field.contentAndGoals'],
  ['requirements', 'competitions.field.requirements'],
  ['formatAndVehicle', 'competitions.field.formatAndVehicle'],
  ['evaluationMethod', 'competitions.field.evaluationMethod'],
  ['assessmentTemplate', 'competitions.field.assessmentTemplate'],
  ['awardMethod', 'competitions.field.awardMethod'],
];

/** The columns of attachment 2 (the service sends them in Chinese only), in the order of each row's values below. */
const summaryColumns: MessageKey[] = [
  'competitions.summary.no',
  'competitions.summary.name',
  'competitions.summary.industry',
  'competitions.summary.participants',
  'competitions.summary.leader',
  'competitions.summary.phone',
];

/** One competition: its plan, its filing chain, lifecycle, enrolment, the attachment-2 summary and the league. */
export default function CompetitionDetail() {
  const { id } = useParams() as { id: string };
  const { access } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { t } = useLocale();
  const [competition, setCompetition] = useState<Competition>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => unwrap(registration.GET('/competitions/{id}', { params: { path: { id } } })).then(setCompetition), [id]);
  useEffect(() => {
    load().catch((e) => message.error(e.message));
  }, [load, message]);
  if (!competition) return <Spin style={{ display: 'block', marginTop: 120 }} />;

  const c = competition;
  const filingWorkflow = `approval-plan-filing-${c.id}`;
  const run = async (label: MessageKey, call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
      message.success(t('competitions.detail.done', { action: t(label) }));
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
            {t('competitions.detail.editPlan')}
          </Button>
        ),
        c.status === 'draft' && (
          <Button key="file" type="primary" loading={busy} onClick={() => run('competitions.detail.file', () => unwrap(registration.POST('/competitions/{id}/filing', { params: { path: { id: c.id } }, body: {} })))}>
            {t('competitions.detail.filePlan')}
          </Button>
        ),
        ...(lifecycleActions[c.status] ?? []).map((a) => (
          <Button
            key={a.action}
            loading={busy}
            onClick={() => run(a.label, () => unwrap(registration.POST('/competitions/{id}/lifecycle', { params: { path: { id: c.id } }, body: { action: a.action } as never })))}
          >
            {t(a.label)}
          </Button>
        )),
      ].filter(Boolean)
    : [];
  // 考核评比 of this competition: its sheets, rankings and year-end list.
  if (access.canSeeAssessment) {
    actions.push(
      <Button key="assessment" onClick={() => navigate(`/assessment/competitions/${c.id}`)}>
        {t('menu.assessment')}
      </Button>,
    );
  }

  return (
    <PageContainer
      title={c.name}
      onBack={() => navigate('/competitions')}
      subTitle={<Badge status={competitionStatuses[c.status]?.status} text={competitionStatuses[c.status] ? t(competitionStatuses[c.status].text) : c.status} />}
      extra={actions}
    >
      <Tabs
        destroyInactiveTabPane
        items={[
          {
            key: 'plan',
            label: t('competitions.detail.planTab'),
            children: (
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t('competitions.field.kind')}>{kindLabel(t, c.kind, c.kindLabel)}</Descriptions.Item>
                <Descriptions.Item label={t('competitions.field.organiser')}>{c.organiserName ?? c.organiserOrgUnitId}</Descriptions.Item>
                <Descriptions.Item label={t('competitions.field.period')}>
                  {t('competitions.dates', { start: formatDate(c.startDate), end: formatDate(c.endDate) })}
                </Descriptions.Item>
                {planFields.map(([key, label]) => (
                  <Descriptions.Item key={key} label={t(label)}>
                    <span style={{ whiteSpace: 'pre-wrap' }}>{(c[key] as string | null) ?? '—'}</span>
                  </Descriptions.Item>
                ))}
                <Descriptions.Item label={t('competitions.detail.budget')}>{formatYuan(c.budgetYuan)}</Descriptions.Item>
                <Descriptions.Item label={t('competitions.detail.filing')}>
                  {c.status === 'draft' ? t('competitions.detail.notFiled') : <Link to={`/approvals/registration/${filingWorkflow}`}>{t('competitions.detail.seeFiling')}</Link>}
                </Descriptions.Item>
              </Descriptions>
            ),
          },
          { key: 'enrolments', label: t('competitions.detail.enrolmentsTab'), children: <Enrolments competition={c} /> },
          { key: 'summary', label: t('competitions.detail.summaryTab'), children: <EnrolmentSummary competitionId={c.id} /> },
          { key: 'league', label: t('competitions.detail.leagueTab'), children: <League competitionId={c.id} /> },
          // A 工人先锋号 creation drive takes applications (attachment 1) while it is open.
          ...(c.kind === 'team_creation' && c.status === 'open' && access.canWrite
            ? [{ key: 'pioneer', label: t('competitions.detail.pioneerTab'), children: <PioneerTeamApplicationForm competitionId={c.id} /> }]
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
  const { t } = useLocale();
  const table = useRef<ActionType>();
  const [form] = Form.useForm();
  const columns: ProColumns<Enrolment>[] = [
    { title: t('competitions.enrolment.unitName'), dataIndex: 'unitName' },
    { title: t('competitions.enrolment.enterprise'), dataIndex: 'enterpriseName' },
    { title: t('competitions.enrolment.industry'), dataIndex: 'industry', render: (_, e) => e.industry ?? '—' },
    { title: t('competitions.enrolment.participants'), dataIndex: 'participants', align: 'right' },
    { title: t('competitions.enrolment.leader'), dataIndex: 'leaderName', render: (_, e) => e.leaderName ?? '—' },
    { title: t('competitions.enrolment.contact'), dataIndex: 'contactName' },
    { title: t('competitions.enrolment.phone'), dataIndex: 'contactPhone' },
    {
      title: t('competitions.field.status'),
      dataIndex: 'status',
      render: (_, e) =>
        e.status === 'enrolled' ? <Badge status="success" text={t('competitions.enrolment.enrolled')} /> : <Badge status="default" text={t('competitions.enrolment.withdrawn')} />,
    },
  ];
  return (
    <ProTable<Enrolment>
      actionRef={table}
      rowKey="id"
      columns={columns}
      search={false}
      {...serverTableDefaults}
      toolBarRender={() =>
        access.canWrite && competition.status === 'open'
          ? [
              <ModalForm
                key="enrol"
                title={t('competitions.enrolment.enrol')}
                form={form}
                trigger={<Button type="primary">{t('competitions.enrolment.enrol')}</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={async (v) => {
                  const ok = await submitShowingRefusal(form, () => unwrap(registration.POST('/competitions/{id}/enrolments', { params: { path: { id: competition.id } }, body: v as never })), showRefusal);
                  if (ok) {
                    message.success(t('competitions.enrolment.enrolledMessage'));
                    table.current?.reload();
                  }
                  return ok;
                }}
              >
                <ProForm.Item name="unitId" label={t('competitions.enrolment.unit')} rules={[{ required: true, message: t('competitions.enrolment.unitRequired') }]}>
                  <UnitPicker kinds={['enterprise_union', 'team']} />
                </ProForm.Item>
                <ProFormDigit name="participants" label={t('competitions.enrolment.participants')} min={1} rules={[{ required: true, message: t('competitions.enrolment.participantsRequired') }]} />
                <ProFormText name="leaderName" label={t('competitions.enrolment.leader')} />
                <ProFormText name="contactName" label={t('competitions.enrolment.contact')} rules={[{ required: true, message: t('competitions.enrolment.contactRequired') }]} />
                <ProFormText name="contactPhone" label={t('competitions.enrolment.mobileOrWechat')} rules={[{ required: true, message: t('competitions.enrolment.phoneRequired') }]} />
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await unwrap(
          registration.GET('/competitions/{id}/enrolments', { params: { path: { id: competition.id }, query: listQuery({ current, pageSize }) as never } }),
        );
        return tablePage(page);
      }}
    />
  );
}

function EnrolmentSummary({ competitionId }: { competitionId: string }) {
  const { message } = App.useApp();
  const { t } = useLocale();
  const [summary, setSummary] = useState<Summary>();
  useEffect(() => {
    unwrap(registration.GET('/competitions/{id}/enrolment-summary', { params: { path: { id: competitionId } } })).then((s) => setSummary(s as unknown as Summary));
  }, [competitionId]);
  if (!summary) return <Spin />;
  const rows = summary.groups.flatMap((g) => [
    { key: `g-${g.unitId}`, group: t('competitions.summary.group', { unit: g.unitName, ...g.totals }) } as const,
    ...g.rows.map((r) => ({ key: `${g.unitId}-${r.no}`, ...r })),
  ]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('competitions.summary.title', { competition: summary.competition.name })}
        </Typography.Title>
        <Button
          onClick={() =>
            // The workbook is the Chinese paper form, so it keeps the service's Chinese title as its name.
            downloadFrom(`/api/registration/competitions/${competitionId}/enrolment-summary?format=xlsx`, `${summary.title}.xlsx`).catch((e) => message.error(String(e.message)))
          }
        >
          {t('competitions.summary.download')}
        </Button>
      </Space>
      {rows.length ? (
        <Table
          size="small"
          bordered
          pagination={false}
          dataSource={rows}
          columns={summaryColumns.map((column, i) => ({
            title: t(column),
            key: column,
            render: (_: unknown, r: (typeof rows)[number]) => {
              if ('group' in r) return i === 0 ? { children: <strong>{r.group}</strong>, props: { colSpan: summaryColumns.length } } : { props: { colSpan: 0 } };
              return [r.no, r.name, r.industry, r.participants, r.leader, r.phone][i];
            },
          }))}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={summaryColumns.length}>
                {t('competitions.summary.totals', { ...summary.totals })}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      ) : (
        <Empty description={t('competitions.summary.empty')} />
      )}
    </Space>
  );
}

function League({ competitionId }: { competitionId: string }) {
  const { t } = useLocale();
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
          {t('competitions.league.counts', { units: n.enrolledUnits, participants: n.participants })}
        </Typography.Text>
      </Space>
    ),
    children: n.subCompetitions.map(node),
  });
  return <Tree treeData={[node(league)]} defaultExpandAll selectable={false} />;
}
