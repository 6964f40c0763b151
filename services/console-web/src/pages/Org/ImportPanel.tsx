import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { csrfToken, refusalText, type ApiRefusal } from '../../services/api';
import { saveCsv } from '../../utils/download';

export interface ImportKind {
  key: 'enterprises' | 'workers';
  title: MessageKey;
  path: string;
  /**
   * The template's header and example row stay Chinese in either language: they are the file's format
   * (the services read these headers and report problems under them) and the sheets travel between units.
   */
  columns: string[];
  example: string[];
}

export const importKinds: ImportKind[] = [
  {
    key: 'enterprises',
    title: 'org.import.enterprises',
    path: '/api/registration/org-units/imports/enterprises',
    columns: ['单位编号', '企业名称', '统一社会信用代码', '上级工会编号', '行政区划代码', '所有制', '规模以上', '行业', '职工人数'],
    example: ['', '示范市某某机械有限公司', '91370102MA00000000', 'town-xinghua', '370102', '非公有制', '是', '通用设备制造业', '120'],
  },
  {
    key: 'workers',
    title: 'org.import.workers',
    path: '/api/registration/users/imports/workers',
    columns: ['姓名', '手机号', '所在班组编号', '性别', '工种', '技术等级'],
    example: ['张三', '13900000000', 'team-hengtong-1', '男', '电工', '高级工'],
  },
];

interface Problem {
  row: number;
  field: string;
  message: string;
  messageZh?: string;
}

/** A refusal is kept as the service sent it, both languages, so that it is shown in the one the console speaks now. */
type Outcome = { ok: true; imported: number } | { ok: false; refusal?: ApiRefusal; status: number; problems: Problem[] };

/** Upload an XLSX or CSV; all rows or none, and every problem listed by row and column, to fix and send again. */
export default function ImportPanel({ kind }: { kind: ImportKind }) {
  const { t, locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function upload(file: File) {
    setBusy(true);
    setOutcome(undefined);
    const body = new FormData();
    body.append('file', file);
    try {
      const response = await fetch(kind.path, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'X-CSRF-Token': decodeURIComponent(csrfToken() ?? '') },
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) setOutcome({ ok: true, imported: answer.imported ?? answer.ids?.length ?? 0 });
      else setOutcome({ ok: false, refusal: answer.message || answer.messageZh ? answer : undefined, status: response.status, problems: answer.problems ?? [] });
    } finally {
      setBusy(false);
    }
  }

  const title = t(kind.title);
  const problemText = (p: Problem) => (locale === 'zh-CN' ? (p.messageZh ?? p.message) : p.message);
  const count = (n: number, many: MessageKey, one: MessageKey) => t(n === 1 ? one : many, { count: n });
  /** Why nothing was imported: how many problems the table below lists, or the service's refusal. */
  const whyNot = (o: Extract<Outcome, { ok: false }>) => {
    if (o.problems.length) return count(o.problems.length, 'org.import.problems', 'org.import.problemsOne');
    return o.refusal ? refusalText(o.refusal) : t('org.import.httpFailed', { status: o.status });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        {t('org.import.explain')}
      </Typography.Paragraph>
      <Button icon={<DownloadOutlined />} onClick={() => saveCsv(t('org.import.templateFile', { kind: title }), [kind.columns, kind.example])}>
        {t('org.import.template')}
      </Button>
      <Upload.Dragger
        accept=".xlsx,.csv"
        showUploadList={false}
        disabled={busy}
        customRequest={({ file }) => upload(file as File)}
        aria-label={t('org.import.upload', { kind: title })}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{busy ? t('org.import.busy') : t('org.import.drop', { kind: title })}</p>
      </Upload.Dragger>
      {outcome?.ok && <Alert type="success" showIcon message={count(outcome.imported, 'org.import.done', 'org.import.doneOne')} />}
      {outcome && !outcome.ok && (
        <>
          <Alert
            type="error"
            showIcon
            message={t('org.import.failed', { reason: whyNot(outcome) })}
            action={
              outcome.problems.length ? (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    saveCsv(t('org.import.reportFile', { kind: title }), [
                      [t('org.import.row'), t('org.import.column'), t('org.import.problem')],
                      ...outcome.problems.map((p) => [p.row, p.field, problemText(p)]),
                    ])
                  }
                >
                  {t('org.import.report')}
                </Button>
              ) : undefined
            }
          />
          {outcome.problems.length > 0 && (
            <Table<Problem>
              size="small"
              rowKey={(p) => `${p.row}-${p.field}-${p.message}`}
              dataSource={outcome.problems}
              pagination={{ pageSize: 10 }}
              columns={[
                { title: t('org.import.row'), dataIndex: 'row', width: 80 },
                { title: t('org.import.column'), dataIndex: 'field', width: 160 },
                { title: t('org.import.problem'), dataIndex: 'message', render: (_, p) => problemText(p) },
              ]}
            />
          )}
        </>
      )}
    </Space>
  );
}
