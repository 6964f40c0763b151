import {
  ModalForm,
  ProFormDateTimePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  type ActionType,
} from '@ant-design/pro-components';
import { Alert, Card, Empty, Form, Image, Progress, Space, Spin, Timeline, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { useSubmitAndReload } from '../../components/api-form';
import { ConnectionLost, sendWithPhotos } from '../../components/photo-upload';
import { useLocale } from '../../locales';
import { ApiError, hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate, formatDateTime } from '../../utils/format';
import PhotoPicker from './PhotoPicker';

type Hazard = Ok<HazardRewardApi['/hazards/{id}']['get']>;
type Table = RefObject<ActionType | undefined>;
interface FormProps {
  hazard: Hazard;
  table: Table;
  onSaved: () => void;
}

/** A form's call that, once it succeeds, says so, reloads the archive's table and reads the hazard again. */
function useSubmitAndRefresh(table: Table, onSaved: () => void) {
  const submit = useSubmitAndReload(table);
  return async (form: FormInstance, call: () => Promise<unknown>, done: string): Promise<boolean> => {
    const ok = await submit(form, call, done);
    if (ok) onSaved();
    return ok;
  };
}

/** 整改方案 (seed 003 item 14): measures, deadline, unit and person, interim safety measures, and the person who posts progress. */
function PlanForm({ hazard, table, onSaved }: FormProps) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const submit = useSubmitAndRefresh(table, onSaved);
  const id = hazard.reportId;
  return (
    <ModalForm
      title={hazard.plan ? t('hazards.plan.reviseTitle') : t('hazards.plan.title')}
      form={form}
      width={640}
      trigger={<a role="button">{hazard.plan ? t('hazards.plan.revise') : t('hazards.plan.set')}</a>}
      modalProps={{ destroyOnClose: true }}
      initialValues={planFields(hazard.plan)}
      onFinish={(v) => submit(form, () => unwrap(hazardReward.PUT('/hazards/{id}/rectification-plan', { params: { path: { id } }, body: v as never })), t('hazards.plan.saved'))}
    >
      <ProFormTextArea name="measures" label={t('approvals.closeOut.measures')} rules={[{ required: true, whitespace: true, message: t('hazards.plan.measuresRequired') }]} />
      <DeadlineFields />
      <ProFormText name="responsibleUnit" label={t('approvals.closeOut.responsibleUnit')} rules={[{ required: true, whitespace: true, message: t('hazards.plan.responsibleUnitRequired') }]} />
      <Space size="large" align="start">
        <ProFormText name="responsiblePerson" label={t('approvals.closeOut.responsiblePerson')} rules={[{ required: true, whitespace: true, message: t('hazards.plan.responsiblePersonRequired') }]} />
        <ProFormText name="responsiblePhone" label={t('approvals.closeOut.phone')} rules={[{ pattern: /^1\d{10}$/, message: t('hazards.plan.phoneInvalid') }]} />
      </Space>
      <ProFormTextArea name="interimMeasures" label={t('approvals.closeOut.interimMeasures')} rules={[{ required: true, whitespace: true, message: t('hazards.plan.interimRequired') }]} />
      <ProFormSelect
        name="updaterUserId"
        label={t('hazards.plan.updater')}
        extra={t('hazards.plan.updaterHint')}
        showSearch
        debounceTime={300}
        rules={[{ required: true, message: t('hazards.plan.updaterRequired') }]}
        // Searched on the service by name: an enterprise has more people than one list shows.
        request={async ({ keyWords }: { keyWords?: string }) =>
          (await unwrap(hazardReward.GET('/hazards/{id}/updater-candidates', { params: { path: { id }, query: { q: keyWords || undefined } } }))).map((c) => ({
            value: c.userId,
            label: t('hazards.plan.updaterOption', { name: c.displayName, unit: c.unitName }),
          }))
        }
      />
    </ModalForm>
  );
}

/**
 * 整改时限: in working days (工作日) by the official calendar, the date it gives shown as it is typed, or
 * at a set time. Only the chosen one is sent.
 */
function DeadlineFields() {
  const { t } = useLocale();
  return (
    <>
      <ProFormRadio.Group
        name="deadlineMode"
        label={t('workdays.plan.mode')}
        initialValue="workingDays"
        options={[
          { value: 'workingDays', label: t('workdays.plan.byWorkingDays') },
          { value: 'time', label: t('workdays.plan.byTime') },
        ]}
        transform={() => ({})}
      />
      <ProFormDependency name={['deadlineMode', 'deadlineWorkingDays']}>
        {({ deadlineMode, deadlineWorkingDays }) =>
          deadlineMode === 'time' ? (
            <ProFormDateTimePicker
              name="deadline"
              label={t('approvals.closeOut.deadline')}
              fieldProps={{ format: 'YYYY-MM-DD HH:mm', showTime: { format: 'HH:mm' }, disabledDate: (d) => d.isBefore(dayjs().startOf('day')) }}
              // The service takes an instant with its offset (2026-12-31T18:00:00+08:00).
              transform={(value) => ({ deadline: dayjs(value).format() })}
              rules={[{ required: true, message: t('hazards.plan.deadlineRequired') }]}
            />
          ) : (
            <ProFormDigit
              name="deadlineWorkingDays"
              label={t('workdays.plan.workingDays')}
              min={1}
              max={250}
              fieldProps={{ precision: 0, addonAfter: t('workdays.plan.workingDaysUnit') }}
              extra={<DeadlinePreview workingDays={deadlineWorkingDays} />}
              rules={[{ required: true, message: t('workdays.plan.workingDaysRequired') }]}
            />
          )
        }
      </ProFormDependency>
    </>
  );
}

/** The deadline a number of working days gives from today, as the service counts it. */
function DeadlinePreview({ workingDays }: { workingDays?: number }) {
  const { t } = useLocale();
  const [preview, setPreview] = useState<Ok<HazardRewardApi['/rectification-deadlines']['get']>>();
  useEffect(() => {
    let live = true;
    setPreview(undefined);
    if (!workingDays || workingDays < 1) return;
    unwrap(hazardReward.GET('/rectification-deadlines', { params: { query: { workingDays } } })).then(
      (p) => live && setPreview(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workingDays]);
  if (!preview) return <Typography.Text type="secondary">{t('workdays.plan.reminderRule')}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text>{t('workdays.plan.preview', { day: formatDate(preview.lastDay), n: preview.workingDays })}</Typography.Text>
      {!preview.official && <Typography.Text type="warning">{t('workdays.plan.unofficial')}</Typography.Text>}
      <Typography.Text type="secondary">{t('workdays.plan.reminderRule')}</Typography.Text>
    </Space>
  );
}

/** The plan's fields as the form edits them (its version and nulls left out). */
function planFields(plan: Hazard['plan']) {
  if (!plan) return undefined;
  const { measures, deadline, responsibleUnit, responsiblePerson, responsiblePhone, interimMeasures, updaterUserId } = plan;
  // A revision starts from the deadline set.
  const fields = { measures, deadline, deadlineMode: 'time', responsibleUnit, responsiblePerson, responsiblePhone, interimMeasures, updaterUserId };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
}

/** 整改进展: the designated person's update, with photos compressed before they leave the browser, and the upload's progress. */
function ProgressForm({ hazard, table, onSaved }: FormProps) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const submit = useSubmitAndRefresh(table, onSaved);
  const [sent, setSent] = useState<number>();
  const send = (v: { note: string; photos?: { originFileObj?: File }[] }) =>
    sendWithPhotos(`/api/hazard-reward/hazards/${encodeURIComponent(hazard.reportId)}/progress`, { note: v.note }, (v.photos ?? []).flatMap((p) => (p.originFileObj ? [p.originFileObj] : [])), setSent).catch((e) => {
      const lost = t('hazards.progress.lost');
      throw e instanceof ConnectionLost ? new ApiError(0, { statusCode: 0, message: lost, messageZh: lost }) : e;
    });
  return (
    <ModalForm
      title={t('hazards.progress.title')}
      form={form}
      width={640}
      trigger={<a role="button">{t('hazards.progress.record')}</a>}
      modalProps={{ destroyOnClose: true }}
      onFinish={(v) => submit(form, () => send(v as never), t('hazards.progress.saved')).finally(() => setSent(undefined))}
    >
      <ProFormTextArea name="note" label={t('hazards.progress.note')} rules={[{ required: true, whitespace: true, message: t('hazards.progress.noteRequired') }]} fieldProps={{ maxLength: 2000, showCount: true }} />
      <Form.Item name="photos" label={t('hazards.progress.photos')} extra={t('hazards.progress.photosHint')}>
        <PhotoPicker />
      </Form.Item>
      {sent !== undefined && <Progress percent={sent} aria-label={t('hazards.progress.uploading')} />}
    </ModalForm>
  );
}

/** 整改验收: checked on site. Accepted, a general hazard is closed out at once; a major one goes up the chain for its close-out (销号). */
function VerifyRectificationForm({ hazard, table, onSaved }: FormProps) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const submit = useSubmitAndRefresh(table, onSaved);
  return (
    <ModalForm
      title={t('hazards.rectify.title')}
      form={form}
      width={560}
      trigger={<a role="button">{t('hazards.rectify.verify')}</a>}
      modalProps={{ destroyOnClose: true }}
      initialValues={{ accepted: true }}
      onFinish={(v) =>
        submit(form, () => unwrap(hazardReward.POST('/hazards/{id}/rectification-verification', { params: { path: { id: hazard.reportId } }, body: v as never })), t('hazards.rectify.saved'))
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={hazard.grade === 'major' ? t('hazards.rectify.majorHint') : t('hazards.rectify.generalHint')} />
      <ProFormRadio.Group
        name="accepted"
        label={t('hazards.rectify.outcome')}
        radioType="button"
        options={[
          { value: true, label: t('hazards.rectify.accepted') },
          { value: false, label: t('hazards.rectify.refused') },
        ]}
      />
      <ProFormTextArea name="note" label={t('hazards.rectify.note')} rules={[{ required: true, whitespace: true, message: t('hazards.rectify.noteRequired') }]} />
    </ModalForm>
  );
}

/** The progress updates with their photos, newest first. */
function ProgressList({ hazard }: { hazard: Hazard }) {
  const { t } = useLocale();
  const updates = hazard.timeline.filter((e) => e.kind === 'progress').reverse();
  if (updates.length === 0) return <Typography.Text type="secondary">{t('hazards.progress.none')}</Typography.Text>;
  return (
    <Timeline
      items={updates.map((e) => ({
        children: (
          <>
            <div>{formatDateTime(e.at)}</div>
            <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>
            {e.photoNumbers.length > 0 && (
              <Image.PreviewGroup>
                <Space wrap style={{ marginTop: 8 }}>
                  {e.photoNumbers.map((n) => (
                    <Image
                      key={n}
                      width={88}
                      height={88}
                      style={{ objectFit: 'cover' }}
                      src={`/api/hazard-reward/hazards/${encodeURIComponent(hazard.reportId)}/progress-photos/${n}`}
                      alt={t('hazards.progress.photoAlt', { n })}
                    />
                  ))}
                </Space>
              </Image.PreviewGroup>
            )}
          </>
        ),
      }))}
    />
  );
}

/**
 * What can be done to an archived hazard, by whom: the plan (the enterprise's union and management,
 * inspectors), progress (the designated person), verification of the rectification (the enterprise's
 * union cadre or an inspector), and where its close-out stands.
 */
export default function HazardActions({ reportId, table, onChanged }: { reportId: string; table: Table; onChanged: () => void }) {
  const { t } = useLocale();
  const { user, access } = useSession();
  const [hazard, setHazard] = useState<Hazard | null>();
  const load = useCallback(() => {
    unwrap(hazardReward.GET('/hazards/{id}', { params: { path: { id: reportId } } })).then(setHazard, () => setHazard(null));
  }, [reportId]);
  useEffect(load, [load]);
  if (hazard === undefined) return <Spin />;
  if (hazard === null) return <Empty description={t('approvals.closeOut.unreadable')} />;

  const saved = () => {
    load();
    onChanged();
  };
  const props = { hazard, table, onSaved: saved };
  const open = hazard.status === 'open';
  const designated = !!hazard.plan && hazard.plan.updaterUserId === user?.id;
  const actions = [
    open && access.canPlanRectification && <PlanForm key="plan" {...props} />,
    hazard.status !== 'closed' && designated && <ProgressForm key="progress" {...props} />,
    open && hazard.plan && access.canVerifyHazards && <VerifyRectificationForm key="verify" {...props} />,
  ].filter(Boolean);
  return (
    <Card size="small" title={t('hazards.actions.title')} style={{ marginBottom: 24 }} extra={actions.length > 0 && <Space size="large">{actions}</Space>}>
      {hazard.status === 'close_out_pending' && hazard.closeOutWorkflowId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('hazards.closeOut.pending')}
          action={<Link to={`/approvals/hazard-reward/${encodeURIComponent(hazard.closeOutWorkflowId)}`}>{t('hazards.closeOut.follow')}</Link>}
        />
      )}
      {hazard.status === 'closed' && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('hazards.closeOut.closed', { at: formatDateTime(hazard.closedAt) })} />}
      {open && !hazard.plan && !access.canPlanRectification && <Alert type="warning" style={{ marginBottom: 16 }} message={t('hazards.plan.waiting')} />}
      {designated && hazard.status !== 'closed' && <Alert type="warning" style={{ marginBottom: 16 }} message={t('hazards.progress.youAreDesignated')} />}
      <Typography.Title level={5}>{t('hazards.progress.list')}</Typography.Title>
      <ProgressList hazard={hazard} />
    </Card>
  );
}
