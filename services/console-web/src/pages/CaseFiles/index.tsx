import { CheckCircleOutlined, CloseCircleOutlined, ClockCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Descriptions, Empty, Result, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useLocale } from '../../locales';
import { ApiError, awards, hazardReward, refusalText, unwrap } from '../../services/api';
import { downloadFrom } from '../../utils/download';
import { formatDateTime } from '../../utils/format';
import { actorLabel, approvalServiceOf, caseFileKinds, checkColours, codeLabel, factText, type CaseFile, type CaseFileEntry, type CaseFileKind } from './labels';

function load(kind: CaseFileKind, id: string): Promise<CaseFile> {
  const path = { params: { path: { id } } };
  if (kind === 'hazard-report') return unwrap(hazardReward.GET('/hazard-reports/{id}/case-file', path));
  if (kind === 'hazard-reward') return unwrap(hazardReward.GET('/hazard-rewards/{id}/case-file', path));
  return unwrap(awards.GET('/nominations/{id}/case-file', path)) as Promise<CaseFile>;
}

const checkIcons = { verified: <CheckCircleOutlined />, altered: <CloseCircleOutlined />, unlinked: <CloseCircleOutlined />, unsealed: <ClockCircleOutlined /> };

/**
 * 全程档案: everything that happened to a hazard report, a reward or a nomination, oldest first, each
 * step with its time, actor, unit, opinion and what it set, and its audit entry's check; exported as a
 * PDF for auditors.
 */
export default function CaseFilePage() {
  const { kind, id } = useParams() as { kind: CaseFileKind; id: string };
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [file, setFile] = useState<CaseFile>();
  const [failure, setFailure] = useState<string>();
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    setFile(undefined);
    setFailure(undefined);
    if (!caseFileKinds.includes(kind)) {
      setFailure(t('caseFile.cannotView'));
      return;
    }
    load(kind, id).then(setFile, (e) => setFailure(e instanceof ApiError ? refusalText(e.refusal) : String(e)));
  }, [kind, id, t]);

  if (failure)
    return <Result status="403" title={t('caseFile.cannotView')} subTitle={failure} extra={<Button onClick={() => navigate(-1)}>{t('caseFile.back')}</Button>} />;
  if (!file) return <Spin style={{ display: 'block', marginTop: 120 }} />;

  const exportPdf = async () => {
    setExporting(true);
    try {
      await downloadFrom(`/api/case-files/${kind}/${encodeURIComponent(id)}.pdf`, `${t('caseFile.title')}-${id}.pdf`);
      message.success(t('caseFile.exported'));
    } catch (e) {
      message.error(String(e instanceof Error ? e.message : e));
    } finally {
      setExporting(false);
    }
  };

  const v = file.verification;
  const broken = v.altered + v.unlinked > 0;
  return (
    <PageContainer
      title={`${t('caseFile.title')} · ${file.title}`}
      onBack={() => navigate(-1)}
      tags={[
        <Tag key="kind">{codeLabel(t, 'caseFile.kind.', file.kind)}</Tag>,
        <Tag key="status" color="blue">
          {codeLabel(t, 'caseFile.status.', file.status)}
        </Tag>,
      ]}
      extra={[
        <Button key="pdf" type="primary" icon={<FilePdfOutlined />} loading={exporting} onClick={exportPdf}>
          {t('caseFile.exportPdf')}
        </Button>,
      ]}
    >
      <ProCard direction="column" ghost gutter={[0, 16]}>
        <ProCard>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('caseFile.unit')}>{file.unit.name ?? file.unit.id}</Descriptions.Item>
            <Descriptions.Item label={t('caseFile.generatedAt')}>{formatDateTime(file.generatedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('caseFile.verification')} span={2}>
              {t('caseFile.verificationSummary', { total: file.entries.length, ...v })}
            </Descriptions.Item>
            <Descriptions.Item label={t('caseFile.links')} span={2}>
              <Space wrap>{file.links.filter((l) => !(l.kind === file.kind && l.id === file.id)).map((l) => <LinkTag key={`${l.kind}:${l.id}`} link={l} kind={file.kind} />)}</Space>
            </Descriptions.Item>
          </Descriptions>
          <Alert
            style={{ marginTop: 12 }}
            showIcon
            type={broken ? 'error' : v.unsealed > 0 ? 'info' : 'success'}
            message={t(broken ? 'caseFile.someBroken' : v.unsealed > 0 ? 'caseFile.someUnsealed' : 'caseFile.allVerified')}
          />
        </ProCard>
        <ProCard title={t('caseFile.entries')} headerBordered>
          {file.entries.length === 0 ? (
            <Empty description={t('caseFile.empty')} />
          ) : (
            <Timeline
              items={file.entries.map((entry) => ({
                key: entry.audit.entryId,
                color: checkColours[entry.audit.check] === 'red' ? 'red' : entry.audit.check === 'unsealed' ? 'gray' : 'green',
                children: <EntryView entry={entry} />,
              }))}
            />
          )}
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}

function EntryView({ entry }: { entry: CaseFileEntry }) {
  const { t, locale } = useLocale();
  const facts = Object.entries(entry.facts);
  return (
    <div>
      <Space wrap size={8}>
        <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
        <Typography.Text strong>{codeLabel(t, 'caseFile.action.', entry.action)}</Typography.Text>
        <Tag color={checkColours[entry.audit.check]} icon={checkIcons[entry.audit.check as keyof typeof checkIcons]}>
          {codeLabel(t, 'caseFile.check.', entry.audit.check)}
        </Tag>
      </Space>
      <div>
        {actorLabel(t, entry.actor)} · {entry.unit.name ?? entry.unit.id} <Tag bordered={false}>{codeLabel(t, 'caseFile.entity.', entry.entityType)}</Tag>
      </div>
      {entry.opinion && (
        <div>
          {t('caseFile.opinion')}：{entry.opinion}
        </div>
      )}
      {facts.length > 0 && (
        <Typography.Text type="secondary">{facts.map(([key, value]) => `${codeLabel(t, 'caseFile.fact.', key)}：${factText(t, key, value)}`).join(locale === 'zh-CN' ? '；' : '; ')}</Typography.Text>
      )}
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('caseFile.auditEntry', { id: entry.audit.entryId })}
          {entry.audit.seq !== null && ` · ${t('caseFile.seq', { seq: entry.audit.seq })}`}
        </Typography.Text>
      </div>
    </div>
  );
}

function LinkTag({ link, kind }: { link: CaseFile['links'][number]; kind: CaseFileKind }) {
  const { t } = useLocale();
  const label = codeLabel(t, 'caseFile.link.', link.kind);
  if (link.kind === 'approval') return <Link to={`/approvals/${approvalServiceOf(kind)}/${link.id}`}>{label}</Link>;
  if (link.kind === 'hazard-report' || link.kind === 'hazard-reward' || link.kind === 'nomination') return <Link to={`/case-files/${link.kind}/${link.id}`}>{label}</Link>;
  return <Tag>{label}</Tag>;
}
