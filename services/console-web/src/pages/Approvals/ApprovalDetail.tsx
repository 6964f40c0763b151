import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Button, Descriptions, Empty, Input, Result, Space, Spin, Steps, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { ApiError, refusalText, registration, serviceClients, unwrap, type Ok, type RegistrationApi, type ServiceName } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';
import ItemForm from './ItemForm';
import { itemKindLabels, quickOpinions, serviceLabels, statusColors, transitionLabels } from './labels';

type Approval = Ok<RegistrationApi['/approvals/{workflowId}']['get']>;
type CentreItem = Ok<RegistrationApi['/approval-centre/items/{workflowId}']['get']>;
type Outcome = 'approve' | 'return' | 'reject';

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
  const [busy, setBusy] = useState<string>();

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

  if (failure) return <Result status="404" title="无法查看该事项" subTitle={failure} extra={<Button onClick={() => navigate('/approvals')}>返回审批中心</Button>} />;
  if (!approval) return <Spin style={{ display: 'block', marginTop: 120 }} />;

  const { state, steps, people, input } = approval;
  const current = steps.find((s) => s.stepId === (state.steps[state.currentStep]?.stepId ?? null));
  const nameOf = (userId: string | null | undefined) => (userId ? (people[userId]?.displayName ?? '—') : '系统');
  const waitingForMe = centre?.waitingAs === 'approver' && state.status === 'pending';
  const returnedToMe = centre?.waitingAs === 'submitter' && state.status === 'returned';
  const iSubmitted = input.submitter?.userId === user?.id;

  async function act(label: string, call: () => Promise<unknown>) {
    setBusy(label);
    try {
      await call();
      message.success(`${label}成功`);
      setOpinion('');
      await load();
    } catch (e) {
      message.error(e instanceof ApiError ? refusalText(e.refusal) : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  const decide = (outcome: Outcome) => {
    const label = t(`approval.${outcome}` as MessageKey);
    if (outcome !== 'approve' && !opinion.trim()) {
      message.warning('退回或不同意时请填写意见，说明理由');
      return;
    }
    const send = () =>
      act(label, () =>
        unwrap(
          (client as typeof registration).POST('/approvals/{workflowId}/decisions', {
            params: { path: { workflowId } },
            body: { decisionId: crypto.randomUUID(), stepId: current?.stepId ?? '', outcome, opinion: opinion.trim() || '同意', onBehalfOf: centre?.onBehalfOf ?? undefined },
          }),
        ),
      );
    if (outcome === 'reject') modal.confirm({ title: '确定不同意？', content: '不同意后该事项办结，申报人需重新申报。', onOk: send });
    else send();
  };

  const submitterAction = (kind: 'resubmit' | 'withdraw') => {
    if (!opinion.trim()) {
      message.warning(kind === 'resubmit' ? '请说明修改了什么' : '请说明撤回原因');
      return;
    }
    act(t(`approval.${kind}`), () =>
      unwrap(
        (client as typeof registration).POST(kind === 'resubmit' ? '/approvals/{workflowId}/resubmit' : '/approvals/{workflowId}/withdraw', {
          params: { path: { workflowId } },
          body: { decisionId: crypto.randomUUID(), text: opinion.trim() },
        }),
      ),
    );
  };

  const remind = () =>
    act(t('approval.remind'), () => unwrap(registration.POST('/approval-centre/items/{workflowId}/reminders', { params: { path: { workflowId } } })));

  return (
    <PageContainer
      title={input.title}
      onBack={() => navigate(-1)}
      tags={[
        <Tag key="kind">{itemKindLabels[input.itemKind] ?? input.itemKind}</Tag>,
        <Tag key="service">{serviceLabels[service]}</Tag>,
        <Tag key="status" color={statusColors[state.status]}>
          {t(`status.${state.status}` as MessageKey)}
        </Tag>,
      ]}
    >
      <ProCard gutter={16} ghost wrap>
        <ProCard colSpan={{ xs: 24, lg: 15 }} title="申报表" headerBordered>
          <ItemForm service={service} itemKind={input.itemKind} itemId={input.itemId} approval={approval} />
        </ProCard>
        <ProCard colSpan={{ xs: 24, lg: 9 }} direction="column" ghost gutter={[0, 16]}>
          <ProCard title="审批流程" headerBordered>
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
                    ? signed.map((s) => `${nameOf(s.userId)}：${s.opinion}（${formatDateTime(s.at)}）`).join('；')
                    : step.dueAt && i === state.currentStep && state.status === 'pending'
                      ? `办理期限 ${formatDateTime(step.dueAt)}`
                      : undefined,
                };
              })}
            />
          </ProCard>
          {(waitingForMe || returnedToMe || (iSubmitted && state.status === 'pending')) && (
            <ProCard title={waitingForMe ? `办理：${current?.title ?? ''}` : '我的操作'} headerBordered>
              {centre?.onBehalfOf && <Typography.Paragraph type="secondary">您正在代 {nameOf(centre.onBehalfOf)} 办理</Typography.Paragraph>}
              {(waitingForMe || returnedToMe) && (
                <>
                  <Space wrap style={{ marginBottom: 8 }}>
                    {(waitingForMe ? [...quickOpinions.approve, ...quickOpinions.return] : ['已按意见修改', '补充了相关材料']).map((text) => (
                      <Button
                        key={text}
                        size="small"
                        aria-label={`填入意见：${text}`}
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
                    placeholder={waitingForMe ? '填写审批意见（退回或不同意时必填）' : '说明修改了什么，或撤回的原因'}
                  />
                </>
              )}
              <Space wrap style={{ marginTop: 12 }}>
                {waitingForMe && (
                  <>
                    <Button type="primary" loading={busy === t('approval.approve')} onClick={() => decide('approve')}>
                      {t('approval.approve')}
                    </Button>
                    <Button loading={busy === t('approval.return')} onClick={() => decide('return')}>
                      {t('approval.return')}
                    </Button>
                    <Button danger loading={busy === t('approval.reject')} onClick={() => decide('reject')}>
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
          <ProCard title="审批记录" headerBordered>
            {state.transitions.length ? (
              <Timeline
                items={[...state.transitions].reverse().map((tr) => ({
                  color: tr.kind === 'rejected' ? 'red' : tr.kind === 'returned' ? 'orange' : tr.kind === 'approved' || tr.kind === 'step-approved' ? 'green' : 'blue',
                  children: (
                    <Descriptions size="small" column={1} colon={false}>
                      <Descriptions.Item label={<strong>{transitionLabels[tr.kind] ?? tr.kind}</strong>}>
                        {nameOf(tr.actorUserId)}
                        {tr.onBehalfOf ? `（代 ${nameOf(tr.onBehalfOf)}）` : ''} · {formatDateTime(tr.at)}
                      </Descriptions.Item>
                      {tr.opinion && <Descriptions.Item label="意见">{tr.opinion}</Descriptions.Item>}
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
