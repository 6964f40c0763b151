import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Button, Descriptions, Empty, List, Result, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import CaseFileLink from '../../components/CaseFileLink';
import { useLocale } from '../../locales';
import { ApiError, awards, refusalText, unwrap, type AwardsApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate, formatDateTime, formatYuan } from '../../utils/format';
import { labelOf, nominationSources, nominationStatuses, nomineeKinds, objectionStatuses } from '../Approvals/item-views/labels';
import UnitName from '../Hazards/UnitName';
import CertificatePreview from './CertificatePreview';
import { honourName, noticePath, useHonours } from './labels';
import { LodgeObjectionForm, RuleOnObjectionForm } from './ObjectionForms';
import { SubmitNominationButton } from './SubmitNomination';
import WaitingTag from './WaitingTag';

type Nomination = Ok<AwardsApi['/nominations/{id}']['get']>;
type Approval = Ok<AwardsApi['/approvals/{workflowId}']['get']>;
type Held = Ok<AwardsApi['/honour-history/{nomineeId}']['get']>[number];

const statusColors: Record<string, string> = { candidate: 'default', submitted: 'processing', publicity: 'warning', conferred: 'success', withdrawn: 'error', rejected: 'error', over_quota: 'error' };
const objectionColors: Record<string, string> = { pending: 'processing', upheld: 'error', dismissed: 'default' };

/** One nomination: who and why (事迹材料), its approval chain, its 公示 with objections and rulings, and its conferral with the certificate. */
export default function NominationDetail() {
  const { id } = useParams() as { id: string };
  const { t } = useLocale();
  const { user, access } = useSession();
  const navigate = useNavigate();
  const honours = useHonours();
  const [nomination, setNomination] = useState<Nomination | null>();
  const [failure, setFailure] = useState<string>();

  const load = useCallback(
    () =>
      unwrap(awards.GET('/nominations/{id}', { params: { path: { id } } })).then(setNomination, (e) => {
        setFailure(e instanceof ApiError ? refusalText(e.refusal) : String(e));
        setNomination(null);
      }),
    [id],
  );
  useEffect(() => {
    load();
  }, [load]);

  if (nomination === null) return <Result status="404" title={t('honours.detail.cannotView')} subTitle={failure} extra={<Button onClick={() => navigate('/honours')}>{t('honours.detail.back')}</Button>} />;
  if (!nomination) return <Spin style={{ display: 'block', marginTop: 120 }} />;
  const n = nomination;
  const honour = honours.find((h) => h.code === n.honourCode);
  const rules = access.canNominate && user?.orgUnitId === n.conferringUnitId;

  return (
    <PageContainer
      title={t('honours.detail.title', { honour: honourName(honours, n.honourCode), name: n.nominee.name })}
      onBack={() => navigate('/honours')}
      tags={[
        <Tag key="status" color={statusColors[n.status]}>
          {labelOf(t, nominationStatuses, n.status)}
        </Tag>,
        ...(n.priority ? [<Tag key="priority" color="gold">{t('approvals.nomination.priority')}</Tag>] : []),
        <WaitingTag key="waiting" nomination={n} />,
      ]}
      extra={[
        <CaseFileLink key="case-file" kind="nomination" id={n.id} />,
        ...(access.canNominate && n.status === 'candidate'
          ? [
              <SubmitNominationButton key="submit" nomination={n} label={t('honours.submit')} onDone={load} />,
            ]
          : []),
      ]}
    >
      <ProCard gutter={16} ghost wrap>
        <ProCard colSpan={{ xs: 24, lg: 15 }} direction="column" ghost gutter={[0, 16]}>
          <ProCard title={t('honours.detail.nomination')} headerBordered>
            <Descriptions bordered size="small" column={2} styles={{ label: { whiteSpace: 'nowrap' } }}>
              <Descriptions.Item label={t('honours.col.honour')}>{honour?.name ?? n.honourCode}</Descriptions.Item>
              <Descriptions.Item label={t('honours.col.year')}>{t('approvals.year', { year: n.year })}</Descriptions.Item>
              <Descriptions.Item label={t('honours.col.nominee')}>{t('honours.nomineeWithKind', { name: n.nominee.name, kind: labelOf(t, nomineeKinds, n.nominee.kind) })}</Descriptions.Item>
              <Descriptions.Item label={t('common.unit')}>{n.nominee.enterprise?.name ?? <UnitName id={n.nominee.unitId} />}</Descriptions.Item>
              <Descriptions.Item label={t('honours.col.conferringUnit')}>{n.conferringUnitName ?? <UnitName id={n.conferringUnitId} />}</Descriptions.Item>
              <Descriptions.Item label={t('honours.col.source')}>{labelOf(t, nominationSources, n.source)}</Descriptions.Item>
              <Descriptions.Item label={t('honours.col.materialReward')}>{honour ? formatYuan(honour.materialRewardYuan) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('honours.detail.createdAt')}>{formatDateTime(n.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('honours.col.material')} span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{n.material ?? '—'}</Typography.Paragraph>
              </Descriptions.Item>
              {n.note && (
                <Descriptions.Item label={t('honours.detail.note')} span={2}>
                  {n.note}
                </Descriptions.Item>
              )}
            </Descriptions>
          </ProCard>
          <ProCard
            title={t('honours.detail.publicity')}
            headerBordered
            extra={
              n.status === 'publicity' && (
                <Space>
                  <Button href={noticePath(n)} target="_blank">
                    {t('honours.publicity.open')}
                  </Button>
                  {access.canWrite && <LodgeObjectionForm nominationId={n.id} nomineeName={n.nominee.name} onDone={load} />}
                </Space>
              )
            }
          >
            <Typography.Paragraph>
              {n.publicityEndsAt ? t('honours.detail.publicityEnds', { at: formatDateTime(n.publicityEndsAt) }) : t('honours.detail.noPublicity')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{n.status === 'over_quota' ? t('workdays.waitingHint') : t('workdays.publicityRule')}</Typography.Paragraph>
            {n.promotedFromWaitingList && <Typography.Paragraph type="secondary">{t('workdays.promotedHint')}</Typography.Paragraph>}
            <Typography.Title level={5}>{t('honours.detail.objections', { count: n.objections.length })}</Typography.Title>
            {n.objections.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('honours.detail.noObjections')} />
            ) : (
              <List
                itemLayout="vertical"
                dataSource={n.objections}
                renderItem={(o) => (
                  <List.Item
                    extra={
                      <Space direction="vertical" align="end">
                        <Tag color={objectionColors[o.status]}>{labelOf(t, objectionStatuses, o.status)}</Tag>
                        {rules && o.status === 'pending' && n.status === 'publicity' && <RuleOnObjectionForm nominationId={n.id} objectionId={o.id} onDone={load} />}
                      </Space>
                    }
                  >
                    <List.Item.Meta title={t('honours.detail.objectionLodged', { at: formatDateTime(o.lodgedAt) })} description={o.reason} />
                    {o.ruledAt && <Typography.Text type="secondary">{t('honours.detail.ruling', { at: formatDateTime(o.ruledAt), note: o.rulingNote ?? '—' })}</Typography.Text>}
                  </List.Item>
                )}
              />
            )}
          </ProCard>
          <Conferral nomination={n} honour={honour?.name ?? n.honourCode} rewardYuan={honour?.materialRewardYuan} />
        </ProCard>
        <ProCard colSpan={{ xs: 24, lg: 9 }} title={t('honours.detail.chain')} headerBordered>
          {n.approvalWorkflowId ? <Chain workflowId={n.approvalWorkflowId} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('honours.detail.notSubmitted')} />}
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}

/** The approval chain as it stands: each box with who signed it and their opinion; the full record in the approval centre. */
function Chain({ workflowId }: { workflowId: string }) {
  const { t } = useLocale();
  const [approval, setApproval] = useState<Approval | null>();
  useEffect(() => {
    unwrap(awards.GET('/approvals/{workflowId}', { params: { path: { workflowId } } })).then(setApproval, () => setApproval(null));
  }, [workflowId]);
  if (approval === undefined) return <Spin />;
  if (approval === null) return <Empty description={t('honours.detail.chainUnreadable')} />;
  const { state, steps, people } = approval;
  const nameOf = (userId: string) => people[userId]?.displayName ?? '—';
  return (
    <>
      <Steps
        direction="vertical"
        size="small"
        current={state.status === 'approved' ? steps.length : state.currentStep}
        status={state.status === 'rejected' ? 'error' : undefined}
        items={steps.map((step, i) => ({
          title: step.title,
          description: (state.steps[i]?.signatures ?? []).map((s) => t('approvals.detail.signature', { name: nameOf(s.userId), opinion: s.opinion, at: formatDateTime(s.at) })).join(t('approvals.listSeparator')) || undefined,
        }))}
      />
      <Link to={`/approvals/awards/${workflowId}`}>{t('honours.detail.openChain')}</Link>
    </>
  );
}

/** 授予: the honour in the nominee's history with its certificate number, the reward from the fund, and the certificate itself. */
function Conferral({ nomination: n, honour, rewardYuan }: { nomination: Nomination; honour: string; rewardYuan?: string }) {
  const { t } = useLocale();
  const [held, setHeld] = useState<Held | null>();
  useEffect(() => {
    if (n.status !== 'conferred') return;
    unwrap(awards.GET('/honour-history/{nomineeId}', { params: { path: { nomineeId: n.nominee.id } } })).then(
      (history) => setHeld(history.find((h) => h.nominationId === n.id) ?? null),
      () => setHeld(null),
    );
  }, [n]);
  return (
    <ProCard title={t('honours.detail.conferral')} headerBordered>
      {n.status !== 'conferred' ? (
        <Typography.Text type="secondary">{t('honours.detail.notConferred')}</Typography.Text>
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('honours.detail.certificateNo')}>{held?.certificateNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('honours.detail.conferredOn')}>{formatDate(held?.conferredAt)}</Descriptions.Item>
            <Descriptions.Item label={t('honours.detail.reward')} span={2}>
              {Number(rewardYuan ?? 0) === 0
                ? t('honours.detail.noReward')
                : t(n.note ? 'honours.detail.rewardWaiting' : 'honours.detail.rewardPaid', { amount: formatYuan(rewardYuan) })}
            </Descriptions.Item>
          </Descriptions>
          <CertificatePreview nominationId={n.id} fileName={`${honour}-${n.nominee.name}.pdf`} />
        </Space>
      )}
    </ProCard>
  );
}
