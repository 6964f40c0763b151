import { Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLocale } from '../../locales';
import { awards, unwrap, type AwardsApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate } from '../../utils/format';
import { labelOf, nomineeKinds } from '../Approvals/item-views/labels';
import { useUnitName } from '../Approvals/item-views/unit-name';
import { honourName, useHonours } from './labels';
import { LodgeObjectionForm } from './ObjectionForms';
import styles from './notice.module.css';

type Nomination = Ok<AwardsApi['/nominations']['get']>['items'][number];

/**
 * The 公示 notice of one publicity batch (one conferring union's honour of one year), to print (A4) and
 * post, with no console around it. On screen, each nominee has the objection form for those who may
 * object: anyone on the nominee's line who is signed in (the service checks it), while 公示 runs.
 */
export default function PublicityNotice() {
  const { conferringUnitId = '', honourCode = '', year = '' } = useParams();
  const { t } = useLocale();
  const { user, access } = useSession();
  const honours = useHonours();
  const conferring = useUnitName(conferringUnitId, user?.orgUnitId);
  const [nominations, setNominations] = useState<Nomination[] | null>();

  const load = useCallback(() => {
    unwrap(awards.GET('/nominations', { params: { query: { status: 'publicity', conferringUnitId, honourCode, year: Number(year), limit: 500, offset: 0 } } })).then(
      (page) => setNominations(page.items),
      () => setNominations(null),
    );
  }, [conferringUnitId, honourCode, year]);
  useEffect(load, [load]);

  if (nominations === undefined) return <Spin fullscreen />;
  if (nominations === null) return <Result status="404" title={t('honours.notice.unreadable')} />;
  const honour = honourName(honours, honourCode);
  const union = nominations[0]?.conferringUnitName ?? conferring;
  const endsAt = nominations.map((n) => n.publicityEndsAt).filter(Boolean).sort().at(-1);
  return (
    <div className={styles.page}>
      <Button className={styles.print} type="primary" onClick={() => window.print()}>
        {t('honours.notice.print')}
      </Button>
      <h1 className={styles.title}>{t('honours.notice.title', { year, honour })}</h1>
      {nominations.length === 0 ? (
        <p className={styles.body}>{t('honours.notice.empty')}</p>
      ) : (
        <>
          <p className={styles.body}>{t('honours.notice.intro', { union, year, honour, count: nominations.length })}</p>
          <table className={styles.table} aria-label={t('honours.notice.tableLabel')}>
            <thead>
              <tr>
                <th>{t('honours.notice.no')}</th>
                <th>{t('honours.col.nominee')}</th>
                <th>{t('common.unit')}</th>
                <th>{t('honours.notice.deeds')}</th>
                <th className={styles.screenOnly}>{t('honours.notice.objection')}</th>
              </tr>
            </thead>
            <tbody>
              {nominations.map((n, i) => (
                <tr key={n.id}>
                  <td className={styles.no}>{i + 1}</td>
                  <td className={styles.name}>
                    {n.nominee.name}
                    <div className={styles.kind}>{labelOf(t, nomineeKinds, n.nominee.kind)}</div>
                  </td>
                  <td>{n.nominee.kind === 'unit' ? '—' : (n.nominee.enterprise?.name ?? '—')}</td>
                  <td className={styles.deeds}>{n.material ?? '—'}</td>
                  <td className={styles.screenOnly}>{access.canWrite && <LodgeObjectionForm nominationId={n.id} nomineeName={n.nominee.name} onDone={load} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles.body}>{t('honours.notice.period', { ends: formatDate(endsAt) })}</p>
          <p className={styles.body}>{t('honours.notice.how')}</p>
        </>
      )}
      <div className={styles.signature}>
        <div>{union}</div>
        <div>{formatDate(new Date())}</div>
      </div>
    </div>
  );
}
