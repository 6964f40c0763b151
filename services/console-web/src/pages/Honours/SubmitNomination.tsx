import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Button, Form } from 'antd';
import type { ReactElement } from 'react';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { useLocale } from '../../locales';
import { ApiError, awards, refusalText, unwrap, type AwardsApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';

type Nomination = Ok<AwardsApi['/nominations/{id}']['get']>;

/**
 * 提交推荐. A cadre of the nominee's enterprise union signs that union's box (企业工会推荐意见) with the
 * submission, as on the paper form: the button opens the box to write in, and the chain continues at the
 * next level. Anyone else submits straight away, and the box waits for the enterprise union.
 */
export default function SubmitNomination({ nomination: n, trigger, onDone }: { nomination: Pick<Nomination, 'id' | 'nominee'>; trigger: ReactElement; onDone: () => void }) {
  const { t } = useLocale();
  const { user, access } = useSession();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [form] = Form.useForm();
  const send = (firstBoxOpinion?: string) =>
    unwrap(awards.POST('/nominations/{id}/submission', { params: { path: { id: n.id } }, body: firstBoxOpinion === undefined ? {} : { firstBoxOpinion } }));
  const done = () => {
    message.success(t('honours.submit.done', { name: n.nominee.name }));
    onDone();
  };
  // A unit puts itself forward, so its chain starts above it: only a person's or a team's enterprise signs first.
  const signsFirstBox = access.signsEnterpriseUnionBox && n.nominee.kind !== 'unit' && !!user && n.nominee.enterprise?.id === user.orgUnitId;

  if (!signsFirstBox) {
    const submit = async () => {
      try {
        await send();
        done();
      } catch (e) {
        showRefusal(e instanceof ApiError ? refusalText(e.refusal) : String(e));
      }
    };
    return <span onClick={submit}>{trigger}</span>;
  }
  const box = t('chains.box.nomination');
  return (
    <ModalForm
      name="submit-nomination"
      title={t('chains.submit.title', { name: n.nominee.name })}
      form={form}
      width={520}
      trigger={trigger}
      initialValues={{ firstBoxOpinion: t('chains.box.defaultNomination') }}
      modalProps={{ destroyOnClose: true }}
      submitter={{ searchConfig: { submitText: t('chains.submit.ok') } }}
      onFinish={async ({ firstBoxOpinion }) => {
        const ok = await submitShowingRefusal(form, () => send(firstBoxOpinion), showRefusal);
        if (ok) done();
        return ok;
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('chains.box.hint')} />
      <ProFormTextArea
        name="firstBoxOpinion"
        label={box}
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
        rules={[{ required: true, whitespace: true, message: t('chains.box.required', { box }) }]}
      />
    </ModalForm>
  );
}

/** The same, as the table's link. */
export function SubmitNominationLink(props: { nomination: Pick<Nomination, 'id' | 'nominee'>; label: string; onDone: () => void }) {
  return <SubmitNomination nomination={props.nomination} onDone={props.onDone} trigger={<a>{props.label}</a>} />;
}

/** The same, as the page's button. */
export function SubmitNominationButton(props: { nomination: Pick<Nomination, 'id' | 'nominee'>; label: string; onDone: () => void }) {
  return <SubmitNomination nomination={props.nomination} onDone={props.onDone} trigger={<Button type="primary">{props.label}</Button>} />;
}
