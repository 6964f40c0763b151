import { ModalForm, ProFormRadio, ProFormSelect, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Col, Form, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useSubmitAndReload } from '../../components/api-form';
import CaseFileLink from '../../components/CaseFileLink';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';
import { useLocale } from '../../locales';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { formatDateTime } from '../../utils/format';
import Photos from '../Approvals/item-views/Photos';
import { hazardCategories, labelOf } from '../Approvals/item-views/labels';
import UnitName from './UnitName';

type Report = Ok<HazardRewardApi['/hazard-reports']['get']>['items'][number];

/** One report's verdict: confirmed with a grade, a duplicate of an earlier report (photos side by side), or not accepted with a reason. */
function VerifyForm({ report, table }: { report: Report; table: RefObject<ActionType | undefined> }) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const outcome = Form.useWatch('outcome', form);
  const original = Form.useWatch('duplicateOf', form);
  return (
    <ModalForm
      title={t('hazards.verify.title')}
      form={form}
      width={720}
      trigger={<a>{t('hazards.verify')}</a>}
      modalProps={{ destroyOnClose: true }}
      initialValues={{ outcome: 'confirmed' }}
      onFinish={(v) => submit(form, () => unwrap(hazardReward.POST('/hazard-reports/{id}/verification', { params: { path: { id: report.id } }, body: v as never })), t('hazards.verify.done'))}
    >
      <Typography.Paragraph>
        {report.location}：{report.description}
      </Typography.Paragraph>
      <ProFormRadio.Group
        name="outcome"
        label={t('hazards.verify.outcome')}
        radioType="button"
        options={[
          { value: 'confirmed', label: t('hazards.verify.confirmed') },
          { value: 'duplicate', label: t('hazards.verify.duplicate') },
          { value: 'rejected', label: t('hazards.verify.rejected') },
        ]}
      />
      {outcome === 'confirmed' && (
        <ProFormRadio.Group
          name="grade"
          label={t('hazards.verify.grade')}
          rules={[{ required: true, message: t('hazards.verify.gradeRequired') }]}
          options={[
            { value: 'general', label: t('phone.grade.general') },
            { value: 'major', label: t('phone.grade.major') },
          ]}
        />
      )}
      {outcome === 'duplicate' && (
        <>
          <ProFormSelect
            name="duplicateOf"
            label={t('hazards.verify.duplicateOf')}
            extra={t('hazards.verify.duplicateHint')}
            rules={[{ required: true, message: t('hazards.verify.duplicateOfRequired') }]}
            request={async () => {
              const page = await unwrap(hazardReward.GET('/hazard-reports', { params: { query: { unitId: report.enterpriseUnitId, limit: 100, offset: 0 } } }));
              return page.items
                .filter((r) => r.id !== report.id && r.reportedAt <= report.reportedAt && r.status !== 'rejected')
                .map((r) => ({ value: r.id, label: `${formatDateTime(r.reportedAt)} ${r.location}：${r.description}` }));
            }}
          />
          <Row gutter={16}>
            <Col span={12}>
              <Typography.Text strong>{t('hazards.verify.thisReport')}</Typography.Text>
              <Photos reportId={report.id} count={report.photos.length} />
            </Col>
            <Col span={12}>
              <Typography.Text strong>{t('hazards.verify.original')}</Typography.Text>
              {original && <OriginalPhotos reportId={original} />}
            </Col>
          </Row>
        </>
      )}
      <ProFormTextArea name="reason" label={t('hazards.verify.reason')} rules={outcome === 'rejected' ? [{ required: true, message: t('hazards.verify.reasonRequired') }] : []} />
    </ModalForm>
  );
}

/** The original's photos, read when it is chosen. */
function OriginalPhotos({ reportId }: { reportId: string }) {
  const [count, setCount] = useState<number>();
  useEffect(() => {
    unwrap(hazardReward.GET('/hazard-reports/{id}', { params: { path: { id: reportId } } })).then((r) => setCount(r.photos.length), () => setCount(0));
  }, [reportId]);
  return count === undefined ? null : <Photos reportId={reportId} count={count} />;
}

/** 待核实: the reports of my line not verified yet, oldest first, with their photos. */
export default function VerificationQueue() {
  const { t } = useLocale();
  const table = useRef<ActionType>();
  const columns: ProColumns<Report>[] = [
    { title: t('hazards.col.reportedAt'), dataIndex: 'reportedAt', width: 150, render: (_, r) => formatDateTime(r.reportedAt) },
    { title: t('hazards.col.enterprise'), dataIndex: 'enterpriseUnitId', render: (_, r) => <UnitName id={r.enterpriseUnitId} /> },
    { title: t('hazards.col.category'), dataIndex: 'category', width: 130, render: (_, r) => labelOf(t, hazardCategories, r.category) },
    { title: t('hazards.col.location'), dataIndex: 'location' },
    { title: t('hazards.col.description'), dataIndex: 'description', ellipsis: true },
    { title: t('hazards.col.photos'), key: 'photos', width: 240, render: (_, r) => <Photos reportId={r.id} count={r.photos.length} /> },
    { title: t('hazards.col.reporter'), key: 'reporter', width: 100, render: (_, r) => (r.anonymous ? <Tag>{t('hazards.anonymous')}</Tag> : (r.reporter?.displayName ?? '—')) },
    {
      title: t('approvals.actions'),
      key: 'verify',
      width: 150,
      render: (_, r) => (
        <Space>
          <VerifyForm report={r} table={table} />
          <CaseFileLink kind="hazard-report" id={r.id} />
        </Space>
      ),
    },
  ];
  return (
    <ProTable<Report>
      actionRef={table}
      rowKey="id"
      search={false}
      columns={columns}
      {...serverTableDefaults}
      request={async (params) => tablePage(await unwrap(hazardReward.GET('/hazard-reports', { params: { query: { status: 'reported', ...listQuery(params) } } })))}
    />
  );
}
