import { Button, Dialog, Form, ImageUploader, Input, ProgressBar, Result, Selector, Space, Switch, TextArea, Toast, type ImageUploadItem } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLocale } from '../../locales';
import { ApiError, refusalText, registration, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import styles from './phone.module.css';
import { compressPhoto, ConnectionLost, submitReport, type ReportFields } from './submit-report';

type Reported = Ok<HazardRewardApi['/hazard-reports']['post']>;
const MAX_PHOTOS = 9;

/** The enterprise a report is about: the one on the poster scanned, or the worker's own. */
function useEnterprise(): { id: string; name: string; fromPoster: boolean } | null | undefined {
  const { user } = useSession();
  const [params] = useSearchParams();
  const [own, setOwn] = useState<{ id: string; name: string } | null>();
  const posterId = params.get('enterprise');
  useEffect(() => {
    if (posterId || !user) return;
    // The worker's own enterprise: their unit, or the enterprise union above their team.
    unwrap(registration.GET('/org-units/{id}/ancestors', { params: { path: { id: user.orgUnitId } } })).then(
      (line) => {
        const enterprise = [...line].reverse().find((u) => u.kind === 'enterprise_union');
        setOwn(enterprise ? { id: enterprise.id, name: enterprise.name } : null);
      },
      () => setOwn(null),
    );
  }, [posterId, user]);
  if (posterId) return { id: posterId, name: params.get('name') ?? posterId, fromPoster: true };
  return own === undefined ? undefined : own && { ...own, fromPoster: false };
}

/**
 * 随手拍: a hazard reported from the phone. Photos are compressed before they leave it; the upload shows
 * its progress; a send that loses its answer can be sent again without making a second report.
 */
export default function ReportPage() {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const enterprise = useEnterprise();
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [position, setPosition] = useState<{ latitude: number; longitude: number }>();
  const [progress, setProgress] = useState<number>();
  const [lost, setLost] = useState(false);
  // One key per submission: kept while the same report is sent again, new once it is through.
  const [submissionKey, setSubmissionKey] = useState(() => crypto.randomUUID());
  const [reported, setReported] = useState<Reported>();
  const camera = useRef<HTMLInputElement>(null);

  /** Photos taken with the camera button join those picked from the album, up to nine. */
  const addTaken = async (files: FileList | null) => {
    const taken = [...(files ?? [])].slice(0, MAX_PHOTOS - photos.length);
    const added = await Promise.all(taken.map(async (file) => {
      const small = await compressPhoto(file);
      return { url: URL.createObjectURL(small), extra: small };
    }));
    setPhotos((current) => [...current, ...added].slice(0, MAX_PHOTOS));
  };

  const askPosition = async () => {
    const allowed = await Dialog.confirm({ content: t('phone.report.positionAsk'), confirmText: t('phone.report.positionAllow'), cancelText: t('phone.report.positionDeny') });
    if (!allowed) return;
    navigator.geolocation.getCurrentPosition(
      (p) => setPosition({ latitude: Number(p.coords.latitude.toFixed(6)), longitude: Number(p.coords.longitude.toFixed(6)) }),
      () => Toast.show(t('phone.report.positionFailed')),
      { timeout: 15_000 },
    );
  };

  const send = async () => {
    if (!enterprise) return;
    const values = await form.validateFields();
    const fields: ReportFields = {
      enterpriseUnitId: enterprise.id,
      location: values.location,
      category: values.category[0],
      description: values.description,
      anonymous: values.anonymous ?? false,
      ...position,
    };
    setLost(false);
    setProgress(0);
    try {
      const answer = await submitReport<Reported>(fields, photos.map((p) => p.extra as File), submissionKey, setProgress);
      setReported(answer);
    } catch (e) {
      if (e instanceof ConnectionLost) setLost(true);
      else Toast.show({ content: e instanceof ApiError ? refusalText(e.refusal) : String(e), duration: 4000 });
    } finally {
      setProgress(undefined);
    }
  };

  const startAgain = () => {
    form.resetFields();
    setPhotos([]);
    setPosition(undefined);
    setReported(undefined);
    setSubmissionKey(crypto.randomUUID());
  };

  if (reported?.anonymousAccess) {
    const access = reported.anonymousAccess;
    return (
      <div className={styles.padded}>
        <Result status="success" title={t('phone.report.done')} description={t('phone.report.keepTitle')} />
        <Form layout="vertical">
          <Form.Item label={t('phone.report.reportKey')}>
            <div className={styles.code} aria-label={t('phone.report.reportKey')}>
              {access.reportKey}
            </div>
          </Form.Item>
          <Form.Item label={t('phone.report.pin')}>
            <div className={styles.code} aria-label={t('phone.report.pin')}>
              {access.pin}
            </div>
          </Form.Item>
        </Form>
        <p className={styles.hint}>{t('phone.report.keepNotice')}</p>
        <Button block color="primary" size="large" onClick={startAgain}>
          {t('phone.report.saved')}
        </Button>
      </div>
    );
  }
  if (reported) {
    return (
      <div className={styles.padded}>
        <Result status="success" title={t('phone.report.done')} />
        <Button block color="primary" size="large" onClick={startAgain}>
          {t('phone.report.again')}
        </Button>
      </div>
    );
  }

  return (
    <>
      <div className={styles.header}>{t('phone.title')}</div>
      <Form
        form={form}
        layout="vertical"
        footer={
          <Space direction="vertical" block>
            {progress !== undefined && (
              <>
                <ProgressBar percent={progress} />
                <span className={styles.hint}>{t('phone.report.uploading', { percent: progress })}</span>
              </>
            )}
            {lost && <span className={styles.hint}>{t('phone.report.retryHint')}</span>}
            <Button block type="submit" color="primary" size="large" loading={progress !== undefined} disabled={!enterprise}>
              {lost ? t('phone.report.retry') : t('phone.report.submit')}
            </Button>
          </Space>
        }
        onFinish={send}
      >
        <Form.Item label={t('phone.report.enterprise')}>
          {enterprise === undefined ? '…' : enterprise ? (enterprise.fromPoster ? t('phone.report.enterpriseFromPoster', { name: enterprise.name }) : enterprise.name) : t('phone.report.noEnterprise')}
        </Form.Item>
        <Form.Item name="location" label={t('phone.report.location')} rules={[{ required: true, whitespace: true, message: t('phone.report.locationRequired') }]}>
          <Input placeholder={t('phone.report.locationPlaceholder')} clearable />
        </Form.Item>
        <Form.Item>
          <Button size="small" fill="outline" onClick={askPosition}>
            {position ? t('phone.report.positionAdded', { lat: position.latitude, lng: position.longitude }) : t('phone.report.usePosition')}
          </Button>
        </Form.Item>
        <Form.Item name="category" label={t('phone.report.category')} rules={[{ required: true, message: t('phone.report.categoryRequired') }]}>
          <Selector
            columns={1}
            options={[
              { value: 'accident', label: t('phone.report.accident'), description: t('phone.report.accidentHint') },
              { value: 'occupational', label: t('phone.report.occupational'), description: t('phone.report.occupationalHint') },
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label={t('phone.report.description')} rules={[{ required: true, whitespace: true, message: t('phone.report.descriptionRequired') }]}>
          <TextArea placeholder={t('phone.report.descriptionPlaceholder')} autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          label={t('phone.report.photos')}
          extra={
            <Button size="small" fill="outline" disabled={photos.length >= MAX_PHOTOS} onClick={() => camera.current?.click()}>
              {t('phone.report.takePhoto')}
            </Button>
          }
        >
          {/* The camera straight away (capture); the tile below picks from the album or the camera, as the phone offers. */}
          <input ref={camera} type="file" accept="image/*" capture="environment" hidden onChange={(e) => addTaken(e.target.files).finally(() => (e.target.value = ''))} />
          <ImageUploader
            value={photos}
            onChange={setPhotos}
            multiple
            maxCount={MAX_PHOTOS}
            accept="image/*"
            onCountExceed={(count) => Toast.show(t('phone.report.photosTooMany', { count }))}
            // The photo is compressed and kept on the phone; it is sent with the report.
            upload={async (file) => {
              const small = await compressPhoto(file);
              return { url: URL.createObjectURL(small), extra: small };
            }}
          />
        </Form.Item>
        <Form.Item name="anonymous" label={t('phone.report.anonymous')} childElementPosition="right" valuePropName="checked" description={t('phone.report.anonymousExplain')}>
          <Switch aria-label={t('phone.report.anonymous')} />
        </Form.Item>
      </Form>
    </>
  );
}
