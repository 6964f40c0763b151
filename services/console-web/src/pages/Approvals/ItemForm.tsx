import { Descriptions, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap, type Ok, type RegistrationApi, type ServiceName } from '../../services/api';
import { formatDate, formatDateTime, formatYuan } from '../../utils/format';
import HazardCloseOutView from './item-views/HazardCloseOutView';
import HazardRewardView from './item-views/HazardRewardView';
import NominationView from './item-views/NominationView';
import SupervisorView from './item-views/SupervisorView';
import TechnicalServiceView from './item-views/TechnicalServiceView';
import PioneerTeamPaperForm from './PioneerTeamPaperForm';

type Approval = Ok<RegistrationApi['/approvals/{workflowId}']['get']>;
type Json = Record<string, unknown>;

interface Props {
  service: ServiceName;
  itemKind: string;
  itemId: string;
  approval: Approval;
}

/** The items read as one record of their service; the others have a view of their own below. */
async function loadItem(service: ServiceName, itemKind: string, itemId: string): Promise<Json | null> {
  const path = { params: { path: { id: itemId } } };
  if (service === 'registration' && itemKind === 'plan-filing') return (await unwrap(registration.GET('/competitions/{id}', path))) as unknown as Json;
  if (service === 'registration' && itemKind === 'pioneer-team') return (await unwrap(registration.GET('/pioneer-team-applications/{id}', path))) as unknown as Json;
  return null;
}

const planFields: [string, MessageKey][] = [
  ['name', 'approvals.plan.name'],
  ['kindLabel', 'approvals.plan.kind'],
  ['theme', 'approvals.plan.theme'],
  ['startDate', 'approvals.plan.startDate'],
  ['endDate', 'approvals.plan.endDate'],
  ['contentAndGoals', 'approvals.plan.contentAndGoals'],
  ['requirements', 'approvals.plan.requirements'],
  ['formatAndVehicle', 'approvals.plan.formatAndVehicle'],
  ['evaluationMethod', 'approvals.plan.evaluationMethod'],
  ['awardMethod', 'approvals.plan.awardMethod'],
  ['budgetYuan', 'approvals.plan.budget'],
];

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key.endsWith('Date')) return formatDate(String(value));
  if (key.endsWith('Yuan')) return formatYuan(value as number);
  if (key.endsWith('At')) return formatDateTime(String(value));
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The form the item belongs to, laid out as its paper original where the seeds give one. */
export default function ItemForm(props: Props) {
  const { service, itemKind, itemId } = props;
  if (service === 'hazard-reward' && itemKind === 'hazard-reward') return <HazardRewardView rewardId={itemId} />;
  if (service === 'hazard-reward' && itemKind === 'hazard-close-out') return <HazardCloseOutView reportId={itemId} />;
  if (service === 'awards' && itemKind === 'nomination') return <NominationView nominationId={itemId} />;
  if (service === 'registration' && itemKind === 'energy-supervisor') return <SupervisorView supervisorId={itemId} />;
  if (service === 'registration' && itemKind === 'technical-service-request') return <TechnicalServiceView requestId={itemId} />;
  return <RecordForm {...props} />;
}

/** A competition plan as its fields, or the 工人先锋号 application as its paper form. */
function RecordForm({ service, itemKind, itemId, approval }: Props) {
  const { t } = useLocale();
  const [item, setItem] = useState<Json | null>();
  useEffect(() => {
    loadItem(service, itemKind, itemId).then(setItem, () => setItem(null));
  }, [service, itemKind, itemId]);

  if (item === undefined) return <Spin />;
  if (item === null) return <Empty description={t('approvals.form.unreadable')} />;
  if (itemKind === 'pioneer-team') return <PioneerTeamPaperForm application={item} approval={approval} />;
  // A kind without a layout of its own shows its record's field names as they are.
  const fields: [string, string][] = itemKind === 'plan-filing' ? planFields.map(([key, label]) => [key, t(label)]) : Object.keys(item).map((k) => [k, k]);
  return (
    <Descriptions bordered size="small" column={1}>
      {fields.map(([key, label]) => (
        <Descriptions.Item key={key} label={label}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{show(key, item[key])}</span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
