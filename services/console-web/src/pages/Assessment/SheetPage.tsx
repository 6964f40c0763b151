import type { TemplateDefinition } from '@lc/scoring';
import { App, Button, Descriptions, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import Page from '../../components/Page';
import { useRefusalDialog } from '../../components/api-form';
import { useLocale } from '../../locales';
import { assessment, csrfToken, refusalText, unwrap, ApiError, type AssessmentApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';
import UnitName from '../Hazards/UnitName';
import SheetForm from './SheetForm';
import { changedItems, completeInputs, liveScore } from './sheet-scoring';
import { SheetStatusTag } from './labels';

type Sheet = Ok<AssessmentApi['/assessment-sheets/{id}']['get']>;
/** The inputs as the generated client types them (the scoring rules check them, here and in the service). */
type Inputs = Ok<AssessmentApi['/assessment-sheets/{id}']['get']>['self']['inputs'];

/**
 * One unit's assessment sheet on the printed form. The unit fills in its own side (自评) with evidence
 * and sees each score computed as it types; the level above reviews (考核) beside it, commenting every
 * item it scores differently; a union cadre finalises, and corrects a finalised sheet with a reason.
 */
export default function SheetPage() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const { user, access } = useSession();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [sheet, setSheet] = useState<Sheet>();
  const [template, setTemplate] = useState<TemplateDefinition>();
  const [selfInputs, setSelfInputs] = useState<Record<string, unknown>>({});
  const [reviewInputs, setReviewInputs] = useState<Record<string, unknown>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const show = useCallback((s: Sheet) => {
    setSheet(s);
    setSelfInputs(s.self.inputs);
    // The reviewer starts from the unit's own figures and changes what the evidence does not bear out.
    setReviewInputs(Object.keys(s.review.inputs).length ? s.review.inputs : s.self.inputs);
    setComments(s.review.comments);
  }, []);

  const load = useCallback(async () => {
    const s = await unwrap(assessment.GET('/assessment-sheets/{id}', { params: { path: { id } } }));
    const tpl = await unwrap(assessment.GET('/assessment-templates/{code}', { params: { path: { code: s.template.code }, query: { version: s.template.version } } }));
    setTemplate(tpl.definition as unknown as TemplateDefinition);
    show(s);
  }, [id, show]);

  useEffect(() => {
    load().catch((e) => showRefusal(String(e.message)));
  }, [load]);

  const selfEditable = !!sheet && sheet.status === 'draft' && access.canSelfAssess && user?.orgUnitId !== undefined;
  const reviewEditable =
    !!sheet && access.canReviewAssessment && user?.orgUnitId !== sheet.unitId && (['submitted', 'reviewed'].includes(sheet.status) || (correcting && sheet.status === 'finalised'));

  const self = useMemo(() => (template ? liveScore(template, completeInputs(selfInputs)) : undefined), [template, selfInputs]);
  const review = useMemo(() => (template ? liveScore(template, completeInputs(reviewInputs)) : undefined), [template, reviewInputs]);
  const changed = useMemo(() => (self && review && reviewEditable ? changedItems(self.score, review.score) : new Set(Object.keys(sheet?.review.comments ?? {}))), [self, review, reviewEditable, sheet]);

  if (!sheet || !template || !self || !review) return <Spin />;

  const run = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      const answer = await call();
      message.success(done);
      await load().catch(() => show(answer as Sheet));
      return true;
    } catch (e) {
      showRefusal(e instanceof ApiError ? refusalText(e.refusal) : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const path = { params: { path: { id } } };
  const saveSelf = () => unwrap(assessment.PUT('/assessment-sheets/{id}/self-assessment', { ...path, body: { inputs: completeInputs(selfInputs) as Inputs } }));
  const reviewBody = () => ({ inputs: completeInputs(reviewInputs) as Inputs, comments: Object.fromEntries(Object.entries(comments).filter(([, c]) => c.trim())) });

  const uploadEvidence = async (itemKey: string, file: File) => {
    const body = new FormData();
    body.append('itemKey', itemKey);
    body.append('file', file);
    const response = await fetch(`/api/assessment/assessment-sheets/${id}/evidence`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': decodeURIComponent(csrfToken() ?? '') },
    });
    if (!response.ok) return showRefusal(refusalText(await response.json().catch(() => ({ statusCode: response.status, message: response.statusText }))));
    message.success(t('assessment.evidence.uploaded', { name: file.name }));
    // Only the list of evidence changes: the figures being typed stay as they are.
    setSheet(await unwrap(assessment.GET('/assessment-sheets/{id}', { params: { path: { id } } })));
  };

  const missingComments = [...changed].filter((key) => !(comments[key] ?? '').trim());

  const actions = (
    <Space wrap>
      {selfEditable && (
        <>
          <Button loading={busy} onClick={() => run(saveSelf, t('assessment.saved'))}>
            {t('assessment.saveSelf')}
          </Button>
          <Button
            type="primary"
            loading={busy}
            onClick={() =>
              modal.confirm({
                title: t('assessment.submit.confirm', { total: self.score.total }),
                content: self.score.complete ? undefined : t('assessment.submit.incomplete'),
                onOk: () => run(async () => (await saveSelf(), unwrap(assessment.POST('/assessment-sheets/{id}/submission', path))), t('assessment.submitted')),
              })
            }
          >
            {t('assessment.submit')}
          </Button>
        </>
      )}
      {reviewEditable && !correcting && (
        <Button type="primary" loading={busy} disabled={missingComments.length > 0} onClick={() => run(() => unwrap(assessment.PUT('/assessment-sheets/{id}/review', { ...path, body: reviewBody() })), t('assessment.reviewSaved'))}>
          {t('assessment.saveReview')}
        </Button>
      )}
      {access.canFinaliseAssessment && sheet.status === 'reviewed' && !correcting && (
        <Button
          type="primary"
          danger
          loading={busy}
          onClick={() =>
            modal.confirm({
              title: t('assessment.finalise.confirm', { total: sheet.review.total }),
              content: t('assessment.finalise.explain'),
              onOk: () => run(() => unwrap(assessment.POST('/assessment-sheets/{id}/finalisation', path)), t('assessment.finalised')),
            })
          }
        >
          {t('assessment.finalise')}
        </Button>
      )}
      {access.canFinaliseAssessment && sheet.status === 'finalised' && !correcting && <Button onClick={() => setCorrecting(true)}>{t('assessment.correct')}</Button>}
      {correcting && (
        <>
          <Button onClick={() => (setCorrecting(false), show(sheet))}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={busy}
            disabled={!reason.trim() || missingComments.length > 0}
            onClick={async () => {
              if (await run(() => unwrap(assessment.POST('/assessment-sheets/{id}/corrections', { ...path, body: { ...reviewBody(), reason } })), t('assessment.corrected'))) {
                setCorrecting(false);
                setReason('');
              }
            }}
          >
            {t('assessment.correct.submit')}
          </Button>
        </>
      )}
    </Space>
  );

  return (
    <Page title={t('assessment.sheet.title')} onBack={() => navigate(`/assessment/competitions/${sheet.competitionId}`)} extra={actions}>
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('assessment.col.unit')}>
          <UnitName id={sheet.unitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assessment.col.status')}>
          <SheetStatusTag status={sheet.status} />
          {sheet.passed !== null && <Tag color={sheet.passed ? 'green' : 'red'}>{t(sheet.passed ? 'assessment.passed' : 'assessment.failed')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessment.col.revision')}>{sheet.revision}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.col.submittedAt')}>{formatDateTime(sheet.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.col.reviewedAt')}>{formatDateTime(sheet.reviewedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.col.finalisedAt')}>{formatDateTime(sheet.finalisedAt)}</Descriptions.Item>
        {sheet.correctionReason && (
          <Descriptions.Item label={t('assessment.correct.reason')} span={3}>
            {sheet.correctionReason}
          </Descriptions.Item>
        )}
      </Descriptions>
      {correcting && (
        <Input.TextArea
          aria-label={t('assessment.correct.reason')}
          placeholder={t('assessment.correct.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 2 }}
          style={{ marginBottom: 12 }}
        />
      )}
      {reviewEditable && missingComments.length > 0 && (
        <Typography.Paragraph type="warning">{t('assessment.commentsMissing', { count: missingComments.length })}</Typography.Paragraph>
      )}
      <SheetForm
        template={template}
        caption={`${template.name}`}
        self={{ inputs: selfInputs, score: self.score, problems: self.problems, onInput: selfEditable ? (key, v) => setSelfInputs((s) => ({ ...s, [key]: v })) : undefined }}
        review={{
          inputs: reviewInputs,
          score: reviewEditable || Object.keys(sheet.review.inputs).length ? review.score : null,
          problems: review.problems,
          onInput: reviewEditable ? (key, v) => setReviewInputs((s) => ({ ...s, [key]: v })) : undefined,
          comments,
          changed,
          onComment: reviewEditable ? (key, c) => setComments((s) => ({ ...s, [key]: c })) : undefined,
        }}
        evidence={{ files: sheet.evidence, hrefOf: (e) => `/api/assessment/assessment-sheets/${id}/evidence/${e.id}`, onUpload: selfEditable ? uploadEvidence : undefined }}
      />
      {sheet.revisions.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('assessment.revisions')}
          </Typography.Title>
          <Table
            rowKey="revision"
            size="small"
            pagination={false}
            dataSource={sheet.revisions}
            columns={[
              { title: t('assessment.col.revision'), dataIndex: 'revision', width: 80 },
              { title: t('assessment.col.reviewTotal'), dataIndex: 'total', width: 100 },
              { title: t('assessment.correct.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? t('assessment.firstRevision') },
              { title: t('assessment.col.finalisedAt'), dataIndex: 'finalisedAt', width: 200, render: (v: string) => formatDateTime(v) },
            ]}
          />
        </>
      )}
    </Page>
  );
}
