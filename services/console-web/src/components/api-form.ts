import type { ActionType } from '@ant-design/pro-components';
import { App, type FormInstance } from 'antd';
import type { RefObject } from 'react';
import { useLocale } from '../locales';
import { ApiError, fieldErrors, refusalText } from '../services/api';

/**
 * Runs a form's API call; a refusal is shown where the person can act on it: the service's Chinese
 * message on each field it names (nested fields such as `enterprise.creditCode` included), otherwise as
 * a message. Answers true when the call succeeded, so modal forms close only then.
 */
export async function submitShowingRefusal(
  form: FormInstance,
  call: () => Promise<unknown>,
  showMessage: (text: string) => void,
): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (e) {
    if (!(e instanceof ApiError)) {
      showMessage(String(e));
      return false;
    }
    const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
    const onFields = fieldErrors(e.refusal)
      .map(({ name, errors }) => ({ name: name.split('.'), errors }))
      .filter(({ name }) => known.has(name[0]));
    if (onFields.length) form.setFields(onFields);
    else showMessage(refusalText(e.refusal));
    return false;
  }
}

/**
 * Shows a refusal that names no field in a dialog the person closes, not a message that fades: the
 * form stays open behind it, filled in, and the reason (nobody to approve the first box, already
 * registered) is read before anything else is tried.
 */
export function useRefusalDialog(): (text: string) => void {
  const { modal } = App.useApp();
  const { t } = useLocale();
  return (text) => modal.error({ title: t('approvals.refusal.title'), content: text, okText: t('approvals.refusal.ok') });
}

/**
 * A form's API call that, once it succeeds, says so and reloads the table it changed; a refusal is shown
 * on its fields, or in a dialog (useRefusalDialog). Answers whether it succeeded, so that a modal form
 * closes only then.
 */
export function useSubmitAndReload(table: RefObject<ActionType | undefined>) {
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  return async (form: FormInstance, call: () => Promise<unknown>, done: string): Promise<boolean> => {
    const ok = await submitShowingRefusal(form, call, showRefusal);
    if (ok) {
      message.success(done);
      table.current?.reload();
    }
    return ok;
  };
}
