import { Tag, Tooltip } from 'antd';
import { useLocale } from '../../locales';
import type { AwardsApi, Ok } from '../../services/api';

type Nomination = Pick<Ok<AwardsApi['/nominations/{id}']['get']>, 'status' | 'waitingPosition' | 'promotedFromWaitingList'>;

/** 候补第N位 for a nomination waiting over quota, 候补递补 for one that took a freed place; nothing otherwise. */
export default function WaitingTag({ nomination: n }: { nomination: Nomination }) {
  const { t } = useLocale();
  if (n.status === 'over_quota' && n.waitingPosition !== null) {
    return (
      <Tooltip title={t('workdays.waitingHint')}>
        <Tag color="orange">{t('workdays.waiting', { position: n.waitingPosition })}</Tag>
      </Tooltip>
    );
  }
  if (n.promotedFromWaitingList) {
    return (
      <Tooltip title={t('workdays.promotedHint')}>
        <Tag color="blue">{t('workdays.promoted')}</Tag>
      </Tooltip>
    );
  }
  return null;
}
