import { ModalForm, ProForm, ProFormDigit, ProFormRadio, ProFormSelect, ProFormTextArea, type ActionType } from '@ant-design/pro-components';
import { Button, Form } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { useSubmitAndReload } from '../../components/api-form';
import { useLocale } from '../../locales';
import { awards, unwrap } from '../../services/api';
import { labelOf, nomineeKinds } from '../Approvals/item-views/labels';
import { levelText, thisYear, useHonours } from './labels';
import NomineePicker from './NomineePicker';

/**
 * 推荐 by hand: the honour, the union that confers it (one with a quota this year on my line, with the
 * places left), who is put forward and their deeds (事迹材料). It stays a candidate until submitted.
 */
export default function NominateForm({ table }: { table: RefObject<ActionType | undefined> }) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const submit = useSubmitAndReload(table);
  const honours = useHonours();
  const honourCode: string | undefined = Form.useWatch('honourCode', form);
  const year: number | undefined = Form.useWatch('year', form);
  const honour = honours.find((h) => h.code === honourCode);
  const [unions, setUnions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    if (!honourCode || !year) return setUnions([]);
    unwrap(awards.GET('/honour-quotas', { params: { query: { honourCode, year, limit: 100, offset: 0 } } })).then(
      (page) => setUnions(page.items.map((q) => ({ value: q.unitId, label: t('honours.nominate.unionOption', { unit: q.unitName, left: q.left, quota: q.quota }) }))),
      () => setUnions([]),
    );
  }, [honourCode, year, t]);
  return (
    <ModalForm
      name="nominate"
      title={t('honours.nominate.title')}
      form={form}
      width={640}
      trigger={<Button type="primary">{t('honours.nominate')}</Button>}
      modalProps={{ destroyOnClose: true }}
      initialValues={{ year: thisYear(), source: 'manual' }}
      onValuesChange={(changed) => {
        if ('honourCode' in changed) form.setFieldsValue({ nomineeId: undefined, conferringUnitId: undefined });
      }}
      onFinish={(v) => submit(form, () => unwrap(awards.POST('/nominations', { body: v as never })), t('honours.nominate.done'))}
    >
      <ProFormSelect
        name="honourCode"
        label={t('honours.col.honour')}
        showSearch
        fieldProps={{ optionFilterProp: 'label' }}
        rules={[{ required: true, message: t('honours.nominate.honourRequired') }]}
        options={honours.map((h) => ({
          value: h.code,
          label: t('honours.nominate.honourOption', { name: h.name, level: levelText(t, h.conferringLevel), kind: labelOf(t, nomineeKinds, h.nomineeKind) }),
        }))}
      />
      {honour && <Form.Item label={t('honours.col.criteria')}>{honour.criteria}</Form.Item>}
      <ProFormDigit name="year" label={t('honours.col.year')} min={2000} max={2100} fieldProps={{ precision: 0 }} rules={[{ required: true, message: t('honours.nominate.yearRequired') }]} />
      <ProFormSelect
        name="conferringUnitId"
        label={t('honours.col.conferringUnit')}
        options={unions}
        extra={honourCode && unions.length === 0 ? t('honours.nominate.noQuota') : undefined}
        rules={[{ required: true, message: t('honours.nominate.unionRequired') }]}
      />
      <ProForm.Item
        name="nomineeId"
        label={honour ? t('honours.nominate.nominee', { kind: labelOf(t, nomineeKinds, honour.nomineeKind) }) : t('honours.col.nominee')}
        rules={[{ required: true, message: t('honours.nominate.nomineeRequired') }]}
      >
        <NomineePicker kind={honour?.nomineeKind} />
      </ProForm.Item>
      <ProFormRadio.Group
        name="source"
        label={t('honours.col.source')}
        options={[
          { value: 'manual', label: t('honours.nominate.sourceManual') },
          { value: 'hazard', label: t('honours.nominate.sourceHazard') },
        ]}
      />
      <ProFormTextArea name="material" label={t('honours.col.material')} fieldProps={{ rows: 6, maxLength: 5000, showCount: true }} rules={[{ required: true, message: t('honours.nominate.materialRequired') }]} />
    </ModalForm>
  );
}
