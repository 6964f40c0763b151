import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { csrfToken } from '../../services/api';
import { saveCsv } from '../../utils/download';

export interface ImportKind {
  key: 'enterprises' | 'workers';
  title: string;
  path: string;
  columns: string[];
  example: string[];
}

export const importKinds: ImportKind[] = [
  {
    key: 'enterprises',
    title: '企业导入',
    path: '/api/registration/org-units/imports/enterprises',
    columns: ['单位编号', '企业名称', '统一社会信用代码', '上级工会编号', '行政区划代码', '所有制', '规模以上', '行业', '职工人数'],
    example: ['', '示范市某某机械有限公司', '91370102MA00000000', 'town-xinghua', '370102', '非公有制', '是', '通用设备制造业', '120'],
  },
  {
    key: 'workers',
    title: '职工导入',
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

type Outcome = { ok: true; imported: number } | { ok: false; message: string; problems: Problem[] };

/** Upload an XLSX or CSV; all rows or none, and every problem listed by row and column, to fix and send again. */
export default function ImportPanel({ kind }: { kind: ImportKind }) {
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
      else setOutcome({ ok: false, message: answer.messageZh ?? answer.message ?? `导入失败（${response.status}）`, problems: answer.problems ?? [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        支持 XLSX 或 CSV（UTF-8 或 GBK），每行一条。全部行无误才导入；有问题时一行也不导入，并逐行列出问题。
      </Typography.Paragraph>
      <Button icon={<DownloadOutlined />} onClick={() => saveCsv(`${kind.title}模板.csv`, [kind.columns, kind.example])}>
        下载模板
      </Button>
      <Upload.Dragger
        accept=".xlsx,.csv"
        showUploadList={false}
        disabled={busy}
        customRequest={({ file }) => upload(file as File)}
        aria-label={`上传${kind.title}文件`}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{busy ? '正在导入，请稍候…' : `点击或拖入文件：${kind.title}`}</p>
      </Upload.Dragger>
      {outcome?.ok && <Alert type="success" showIcon message={`导入成功：共 ${outcome.imported} 条`} />}
      {outcome && !outcome.ok && (
        <>
          <Alert
            type="error"
            showIcon
            message={`未导入：${outcome.problems.length ? `共 ${outcome.problems.length} 处问题，请修改后重新上传` : outcome.message}`}
            action={
              outcome.problems.length ? (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => saveCsv(`${kind.title}错误报告.csv`, [['行号', '列', '问题'], ...outcome.problems.map((p) => [p.row, p.field, p.messageZh ?? p.message])])}
                >
                  下载错误报告
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
                { title: '行号', dataIndex: 'row', width: 80 },
                { title: '列', dataIndex: 'field', width: 160 },
                { title: '问题', dataIndex: 'message', render: (_, p) => p.messageZh ?? p.message },
              ]}
            />
          )}
        </>
      )}
    </Space>
  );
}
