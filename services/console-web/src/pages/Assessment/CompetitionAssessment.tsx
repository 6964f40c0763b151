import { ProTable, type ProColumns } from '@ant-design/pro-components';
import type { TemplateDefinition } from '@lc/scoring';
import { App, Button, Empty, Segmented, Select, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import Page from '../../components/Page';
import { listQuery, serverTableDefaults, tablePage } from '../../components/server-list';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { ApiError, assessment, refusalText, registration, unwrap, type AssessmentApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { downloadFrom } from '../../utils/download';
import UnitName from '../Hazards/UnitName';
import SheetForm from './SheetForm';
import { SheetStatusTag, sheetStatuses } from './labels';

type Sheet = Ok<AssessmentApi['/competitions/{id}/assessment-sheets']['get']>['items'][number];
type Ranked = Ok<AssessmentApi['/competitions/{id}/rankings']['get']>[number];

/** Points of one category on a sheet: the review's once reviewed, else the unit's own (in grey). */
function categoryPoints(sheet: Sheet, category: string) {
  const reviewed = Object.keys(sheet.review.inputs).length > 0;
  const items = (reviewed ? sheet.review : sheet.self).items.filter((i) => i.category === category);
  const points = Math.round(items.reduce((sum, i) => sum + i.points, 0) * 10) / 10;
  return reviewed ? <span>{points}</span> : <Typography.Text type="secondary">{points}</Typography.Text>;
}

/** The competition's sheets of the units in my line: status, self and review totals, the subtotal of each category. */
function SheetsTable({ competitionId, template }: { competitionId: string; template: TemplateDefinition }) {
  const { t } = useLocale();
  const columns: ProColumns<Sheet>[] = [
    { title: t('assessment.col.unit'), dataIndex: 'unitId', render: (_, s) => <Link to={`/assessment/sheets/${s.id}`}><UnitName id={s.unitId} /></Link> },
    { title: t('assessment.col.level'), dataIndex: 'unitKind', width: 90, render: (_, s) => t(s.unitKind === 'team' ? 'assessment.level.team' : 'assessment.level.enterprise') },
    {
      title: t('assessment.col.status'),
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: Object.fromEntries(sheetStatuses.map((s) => [s, { text: t(`assessment.status.${s}` as MessageKey) }])),
      render: (_, s) => <SheetStatusTag status={s.status} />,
    },
    ...template.categories.map<ProColumns<Sheet>>((c) => ({ title: `${c.name}（${c.points}）`, key: c.key, width: 100, search: false, render: (_, s) => categoryPoints(s, c.key) })),
    { title: t('assessment.col.selfTotal'), key: 'self', width: 90, search: false, render: (_, s) => (s.self.items.some((i) => i.scored) ? s.self.total : '—') },
    { title: t('assessment.col.reviewTotal'), key: 'review', width: 90, search: false, render: (_, s) => (Object.keys(s.review.inputs).length ? <strong>{s.review.total}</strong> : '—') },
    {
      title: t('assessment.col.result'),
      dataIndex: 'passed',
      width: 90,
      search: false,
      render: (_, s) => (s.passed === null ? '—' : <Tag color={s.passed ? 'green' : 'red'}>{t(s.passed ? 'assessment.passed' : 'assessment.failed')}</Tag>),
    },
    { title: t('approvals.actions'), key: 'open', width: 80, search: false, render: (_, s) => <Link to={`/assessment/sheets/${s.id}`}>{t('common.view')}</Link> },
  ];
  return (
    <ProTable<Sheet>
      rowKey="id"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      {...serverTableDefaults}
      request={async (params) =>
        tablePage(await unwrap(assessment.GET('/competitions/{id}/assessment-sheets', { params: { path: { id: competitionId }, query: { ...listQuery(params), status: params.status } } })))
      }
    />
  );
}

/** Finalised sheets ranked within their level (1, 2, 2, 4), with score and pass or fail. */
function Rankings({ competitionId }: { competitionId: string }) {
  const { t } = useLocale();
  const [level, setLevel] = useState<'enterprise' | 'team'>('enterprise');
  const [rows, setRows] = useState<Ranked[]>();
  useEffect(() => {
    setRows(undefined);
    unwrap(assessment.GET('/competitions/{id}/rankings', { params: { path: { id: competitionId }, query: { level } } })).then(setRows, () => setRows([]));
  }, [competitionId, level]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented
        value={level}
        onChange={(v) => setLevel(v as typeof level)}
        options={[
          { value: 'enterprise', label: t('assessment.level.enterprise') },
          { value: 'team', label: t('assessment.level.team') },
        ]}
      />
      <Table<Ranked>
        rowKey="sheetId"
        loading={!rows}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('assessment.rankings.empty') }}
        columns={[
          { title: t('assessment.col.rank'), dataIndex: 'rank', width: 80, render: (r: number, x) => t('assessment.rankOf', { rank: r, among: x.rankedAmong }) },
          { title: t('assessment.col.unit'), dataIndex: 'unitName', render: (n: string | null, r) => <Link to={`/assessment/sheets/${r.sheetId}`}>{n ?? r.unitId}</Link> },
          { title: t('assessment.col.score'), dataIndex: 'score', width: 100, render: (s: number, r) => `${s} / ${r.maxScore}` },
          { title: t('assessment.col.result'), dataIndex: 'passed', width: 100, render: (p: boolean) => <Tag color={p ? 'green' : 'red'}>{t(p ? 'assessment.passed' : 'assessment.failed')}</Tag> },
          { title: t('assessment.col.revision'), dataIndex: 'revision', width: 80 },
        ]}
      />
    </Space>
  );
}

/** Opens the competition's assessment on a template: a sheet for every enrolled unit. */
function Configure({ competitionId, onDone }: { competitionId: string; onDone: () => void }) {
  const { t } = useLocale();
  const { message, modal } = App.useApp();
  const [templates, setTemplates] = useState<{ code: string; name: string }[]>([]);
  const [code, setCode] = useState<string>();
  useEffect(() => {
    unwrap(assessment.GET('/assessment-templates')).then((list) => {
      setTemplates(list);
      setCode(list[0]?.code);
    });
  }, []);
  return (
    <Empty description={t('assessment.notConfigured')}>
      <Space>
        <Select aria-label={t('assessment.template')} style={{ width: 420 }} value={code} onChange={setCode} options={templates.map((x) => ({ value: x.code, label: x.name }))} />
        <Button
          type="primary"
          disabled={!code}
          onClick={async () => {
            if (!code) return;
            try {
              const answer = await unwrap(assessment.PUT('/competitions/{id}/assessment', { params: { path: { id: competitionId } }, body: { templateCode: code } }));
              message.success(t('assessment.configured', { count: answer.sheetsOpened }));
              onDone();
            } catch (e) {
              modal.error({ title: t('approvals.refusal.title'), content: e instanceof ApiError ? refusalText(e.refusal) : String(e) });
            }
          }}
        >
          {t('assessment.configure')}
        </Button>
      </Space>
    </Empty>
  );
}

/**
 * 考核评比 of one competition: its sheets with status, score and subtotals per category, the rankings,
 * the form they are scored on, and the year-end list as XLSX titled with the competition and year.
 */
export default function CompetitionAssessment() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const { access } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [name, setName] = useState<string>();
  const [template, setTemplate] = useState<TemplateDefinition | null>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    unwrap(registration.GET('/competitions/{id}', { params: { path: { id } } })).then((c) => setName(c.name), () => setName(id));
  }, [id]);
  useEffect(() => {
    (async () => {
      // The form the sheets are scored on: that of any sheet, all of a competition share one template.
      const page = await unwrap(assessment.GET('/competitions/{id}/assessment-sheets', { params: { path: { id }, query: { limit: 1, offset: 0 } } }));
      const ref = page.items[0]?.template;
      const tpl = await unwrap(assessment.GET('/assessment-templates/{code}', { params: { path: { code: ref?.code ?? 'pioneer-team-assessment-2018' }, query: ref ? { version: ref.version } : {} } }));
      setTemplate(tpl.definition as unknown as TemplateDefinition);
    })().catch((e) => {
      if (e instanceof ApiError && e.status === 404) setTemplate(null);
      else message.error(String(e.message));
    });
  }, [id, attempt, message]);

  const download = () =>
    downloadFrom(`/api/assessment/competitions/${id}/year-end-assessment.xlsx`).catch((e) => message.error(String(e.message)));

  return (
    <Page
      title={`${t('assessment.title')} · ${name ?? ''}`}
      onBack={() => navigate(`/competitions/${id}`)}
      extra={
        template && (
          <Space>
            {access.canFinaliseAssessment && <PublishButton competitionId={id} />}
            <Button type="primary" onClick={download}>
              {t('assessment.yearEnd.download')}
            </Button>
          </Space>
        )
      }
    >
      {template === undefined ? (
        <Spin />
      ) : template === null ? (
        access.canFinaliseAssessment ? <Configure competitionId={id} onDone={() => setAttempt((n) => n + 1)} /> : <Empty description={t('assessment.notConfigured')} />
      ) : (
        <Tabs
          items={[
            { key: 'sheets', label: t('assessment.tab.sheets'), children: <SheetsTable competitionId={id} template={template} /> },
            { key: 'rankings', label: t('assessment.tab.rankings'), children: <Rankings competitionId={id} /> },
            { key: 'form', label: t('assessment.tab.form'), children: <SheetForm template={template} /> },
          ]}
        />
      )}
    </Page>
  );
}

/** Sends the finalised results to awards (优先推荐 of the advanced). */
function PublishButton({ competitionId }: { competitionId: string }) {
  const { t } = useLocale();
  const { message, modal } = App.useApp();
  return (
    <Button
      onClick={async () => {
        try {
          const r = await unwrap(assessment.POST('/competitions/{id}/assessment/results', { params: { path: { id: competitionId } } }));
          message.success(t('assessment.published', { published: r.published, unchanged: r.unchanged }));
        } catch (e) {
          modal.error({ title: t('approvals.refusal.title'), content: e instanceof ApiError ? refusalText(e.refusal) : String(e) });
        }
      }}
    >
      {t('assessment.publish')}
    </Button>
  );
}
