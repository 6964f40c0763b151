import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Button, Descriptions, Empty, Input, Result, Space, Spin, Steps, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import CaseFileLink from '../../components/CaseFileLink';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { ApiError, refusalText, registration, serviceClients, unwrap, type Ok, type RegistrationApi, type ServiceName } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';
import ItemForm from './ItemForm';
import { itemKindLabel, quickOpinionKeys, serviceLabel, statusColors, transitionLabel } from './labels';

type Approval = Ok<RegistrationApi['/approvals/{workflowId}']['get']>;
type CentreItem = Ok<RegistrationApi['/approval-centre/items/{workflowId}']['get']>;
type Outcome = 'approve' | 'return' | 'reject';
type Action = Outcome | 'resubmit' | 'withdraw' | 'remind';

/** The items whose whole life has a case file (全程档案), and under which kind: a close-out is its hazard report's. */
const caseFileKindOf: Record<string, 'hazard-report' | 'hazard-reward' | 'nomination'> = {
  'hazard-reward': 'hazard-reward',
  'hazard-close-out': 'hazard-report',
  nomination: 'nomination',
};

/** What the screen says once an action has gone through. */
const doneKeys: Record<Action, MessageKey> = {
  approve: 'approvals.detail.doneApprove',
  return: 'approvals.detail.doneReturn',
  reject: 'approvals.detail.doneReject',
  resubmit: 'approvals.detail.doneResubmit',
  withdraw: 'approvals.detail.doneWithdraw',
  remind: 'approvals.detail.doneRemind',
};

/** One item: its form, where the chain stands, every opinion so far, and what I may do now. */
export default function ApprovalDetail() {
  const { service, workflowId } = useParams() as { service: ServiceName; workflowId: string };
  const client = serviceClients[service];
  const { t } = useLocale();
  const { user } = useSession();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [approval, setApproval] = useState<Approval>();
  const [centre, setCentre] = useState<CentreItem | null>(null);
  const [failure, setFailure] = useState<string>();
  const [opinion, setOpinion] = useState('');
  const [busy, setBusy] = useState<Action>();

  const load = useCallback(async () => {
    try {
      // Approvals are read from the service that owns the item: it is the authority on the chain. What
      // the item waits for from me (to decide, to revise, on whose behalf) the approval centre knows.
      // Both at once: neither needs the other.
      const [chain, mine] = await Promise.all([
        unwrap((client as typeof registration).GET('/approvals/{workflowId}', { params: { path: { workflowId } } })),
        registration.GET('/approval-centre/items/{workflowId}', { params: { path: { workflowId } } }),
      ]);
      setApproval(chain);
      setCentre(mine.data ?? null);
    } catch (e) {
      setFailure(e instanceof ApiError ? refusalText(e.refusal) : String(e));
    }
  }, [client, workflowId]);

  useEffect(() => {
    load();
  }, [load]);

  if (failure)
    return (
      <Result
        status="404"
        title={t('approvals.detail.cannotView')}
        subTitle={failure}
        extra={<Button onClick={() => navigate('/approvals')}>{t('approvals.detail.back')}</Button>}
      />
    );
  if (!approval) return <Spin style={{ display: 'block', marginTop: 120 }} />;

  const { state, steps, people, input } = approval;
  const current = steps.find((s) => s.stepId === (state.steps[state.currentStep]?.stepId ?? null));
  const nameOf = (userId: string | null | undefined) => (userId ? (people[userId]?.displayName ?? '—') : t('approvals.detail.system'));
  const waitingForMe = centre?.waitingAs === 'approver' && state.status === 'pending';
  const returnedToMe = centre?.waitingAs === 'submitter' && state.status === 'returned';
  const iSubmitted = input.submitter?.userId === user?.id;

  async function act(action: Action, call: () => Promise<unknown>) {
    setBusy(action);
    try {
      await call();
      message.success(t(doneKeys[action]));
      setOpinion('');
      await load();
    } catch (e) {
      message.error(e instanceof ApiError ? refusalText(e.refusal) : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  const decide = (outcome: Outcome) => {
    if (outcome !== 'approve' && !opinion.trim()) {
      message.warning(t('approvals.detail.opinionRequired'));
      return;
    }
    const send = () =>
      act(outcome, () =>
        unwrap(
          (client as typeof registration).POST('/approvals/{workflowId}/decisions', {
            params: { path: { workflowId } },
            body: { decisionId: crypto.randomUUID(), stepId: current?.stepId ?? '', outcome, opinion: opinion.trim() || t('approvals.detail.defaultOpinion'), onBehalfOf: centre?.onBehalfOf ?? undefined },
          }),
        ),
      );
    if (outcome === 'reject') modal.confirm({ title: t('approvals.detail.rejectTitle'), content: t('approvals.detail.rejectContent'), onOk: send });
    else send();
  };

  const submitterAction = (kind: 'resubmit' | 'withdraw') => {
    if (!opinion.trim()) {
      message.warning(t(kind === 'resubmit' ? 'approvals.detail.sayWhatChanged' : 'approvals.detail.sayWhyWithdraw'));
      return;
    }
    act(kind, () =>
      unwrap(
        (client as typeof registration).POST(kind === 'resubmit' ? '/approvals/{workflowId}/resubmit' : '/approvals/{workflowId}/withdraw', {
          params: { path: { workflowId } },
          body: { decisionId: crypto.randomUUID(), text: opinion.trim() },
        }),
      ),
    );
  };

  // One-click opinions in the reader's language: the text picked is the opinion as written into the record.
  const quickOpinions = (waitingForMe ? [...quickOpinionKeys.approve, ...quickOpinionKeys.return] : quickOpinionKeys.revise).map((key) => t(key));

  const remind = () =>
    act('remind', () => unwrap(registration.POST('/approval-centre/items/{workflowId}/reminders', { params: { path: { workflowId } } })));

  return (
    <PageContainer
      title={input.title}
      onBack={() => navigate(-1)}
      tags={[
        <Tag key="kind">{itemKindLabel(t, input.itemKind)}</Tag>,
        <Tag key="service">{serviceLabel(t, service)}</Tag>,
        <Tag key="status" color={statusColors[state.status]}>
          {t(`status.${state.status}` as MessageKey)}
        </Tag>,
      ]}
    >
      <ProCard gutter={16} ghost wrap>
        <ProCard
          colSpan={{ xs: 24, lg: 15 }}
          title={t('approvals.detail.form')}
          headerBordered
          extra={caseFileKindOf[input.itemKind] && <CaseFileLink kind={caseFileKindOf[input.itemKind]} id={input.itemId} />}
        >
          <ItemForm service={service} itemKind={input.itemKind} itemId={input.itemId} approval={approval} />
        </ProCard>
        <ProCard colSpan={{ xs: 24, lg: 9 }} direction="column" ghost gutter={[0, 16]}>
          <ProCard title={t('approvals.detail.chain')} headerBordered>
            <Steps
              direction="vertical"
              size="small"
              current={state.status === 'approved' ? steps.length : state.currentStep}
              status={state.status === 'rejected' ? 'error' : state.status === 'returned' ? 'wait' : undefined}
              items={steps.map((step, i) => {
                const signed = state.steps[i]?.signatures ?? [];
                return {
                  title: step.title,
                  description: signed.length
                    ? signed.map((s) => t('approvals.detail.signature', { name: nameOf(s.userId), opinion: s.opinion, at: formatDateTime(s.at) })).join(t('approvals.listSeparator'))
                    : step.dueAt && i === state.currentStep && state.status === 'pending'
                      ? t('approvals.detail.due', { at: formatDateTime(step.dueAt) })
                      : undefined,
                };
              })}
            />
          </ProCard>
          {(waitingForMe || returnedToMe || (iSubmitted && state.status === 'pending')) && (
            <ProCard title={waitingForMe ? t('approvals.detail.actOn', { step: current?.title ?? '' }) : t('approvals.detail.myActions')} headerBordered>
              {centre?.onBehalfOf && <Typography.Paragraph type="secondary">{t('approvals.detail.onBehalf', { name: nameOf(centre.onBehalfOf) })}</Typography.Paragraph>}
              {(waitingForMe || returnedToMe) && (
                <>
                  <Space wrap style={{ marginBottom: 8 }}>
                    {quickOpinions.map((text) => (
                      <Button
                        key={text}
                        size="small"
                        aria-label={t('approvals.detail.useOpinion', { text })}
                        type={opinion === text ? 'primary' : 'dashed'}
                        ghost={opinion === text}
                        onClick={() => setOpinion(text)}
                      >
                        {text}
                      </Button>
                    ))}
                  </Space>
                  <Input.TextArea
                    aria-label={t('approval.opinion')}
                    rows={3}
                    maxLength={2000}
                    showCount
                    value={opinion}
                    onChange={(e) => setOpinion(e.target.value)}
                    placeholder={t(waitingForMe ? 'approvals.detail.opinionPlaceholder' : 'approvals.detail.submitterPlaceholder')}
                  />
                </>
              )}
              <Space wrap style={{ marginTop: 12 }}>
                {waitingForMe && (
                  <>
                    <Button type="primary" loading={busy === 'approve'} onClick={() => decide('approve')}>
                      {t('approval.approve')}
                    </Button>
                    <Button loading={busy === 'return'} onClick={() => decide('return')}>
                      {t('approval.return')}
                    </Button>
                    <Button danger loading={busy === 'reject'} onClick={() => decide('reject')}>
                      {t('approval.reject')}
                    </Button>
                  </>
                )}
                {returnedToMe && (
                  <>
                    <Button type="primary" onClick={() => submitterAction('resubmit')}>
                      {t('approval.resubmit')}
                    </Button>
                    <Button onClick={() => submitterAction('withdraw')}>{t('approval.withdraw')}</Button>
                  </>
                )}
                {iSubmitted && state.status === 'pending' && <Button onClick={remind}>{t('approval.remind')}</Button>}
              </Space>
            </ProCard>
          )}
          <ProCard title={t('approvals.detail.history')} headerBordered>
            {state.transitions.length ? (
              <Timeline
                items={[...state.transitions].reverse().map((tr) => ({
                  color: tr.kind === 'rejected' ? 'red' : tr.kind === 'returned' ? 'orange' : tr.kind === 'approved' || tr.kind === 'step-approved' ? 'green' : 'blue',
                  children: (
                    <Descriptions size="small" column={1} colon={false}>
                      <Descriptions.Item label={<strong>{transitionLabel(t, tr.kind)}</strong>}>
                        {nameOf(tr.actorUserId)}
                        {tr.onBehalfOf ? t('approvals.detail.forWhom', { name: nameOf(tr.onBehalfOf) }) : ''} · {formatDateTime(tr.at)}
                      </Descriptions.Item>
                      {tr.opinion && <Descriptions.Item label={t('approvals.detail.opinion')}>{tr.opinion}</Descriptions.Item>}
                    </Descriptions>
                  ),
                }))}
              />
            ) : (
              <Empty />
            )}
          </ProCard>
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
