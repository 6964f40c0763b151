import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, InputNumber, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useLocale } from '../../locales';
import { ApiError, assessment, refusalText, unwrap, type AssessmentApi, type Ok } from '../../services/api';
import UnitName from '../Hazards/UnitName';
import styles from './pad.module.css';

type Contest = Ok<AssessmentApi['/skills-contests/{id}']['get']>;
type Judge = Contest['judges'][number];
type Score = Ok<AssessmentApi['/skills-contests/{id}/my-scores']['get']>[number];

/**
 * A judge's scoring pad, for a tablet (1024×768): the contestants down the side, large inputs for each
 * item of the scheme with its maximum, the total as it is typed, one large button to record it. A
 * contestant of the judge's own enterprise is shown as 回避 and cannot be scored. Scores can be
 * corrected (recorded again) until the chief judge signs off.
 */
export default function ScoringPad({ contest, judge, onRecorded }: { contest: Contest; judge: Judge; onRecorded: () => void }) {
  const { t } = useLocale();
  const { message, modal } = App.useApp();
  const excluded = (c: Contest['contestants'][number]) => judge.enterpriseUnitId !== null && c.enterpriseUnitId === judge.enterpriseUnitId;
  const [recorded, setRecorded] = useState<Record<string, Score>>({});
  const [current, setCurrent] = useState(() => contest.contestants.find((c) => !excluded(c))?.userId);
  const [points, setPoints] = useState<Record<string, number | null>>({});

  // What this judge has given already (the pad opened again): shown, and the next one to score chosen.
  useEffect(() => {
    unwrap(assessment.GET('/skills-contests/{id}/my-scores', { params: { path: { id: contest.id } } })).then((mine) => {
      const given = Object.fromEntries(mine.map((score) => [score.contestantUserId, score]));
      setRecorded(given);
      const next = contest.contestants.find((c) => !excluded(c) && !(c.userId in given));
      if (next) setCurrent(next.userId);
    }, () => undefined);
  }, [contest.id]);
  const [busy, setBusy] = useState(false);
  const locked = contest.status === 'locked';

  const total = useMemo(() => contest.scheme.reduce((sum, item) => sum + (points[item.key] ?? 0), 0), [contest.scheme, points]);
  const complete = contest.scheme.every((item) => typeof points[item.key] === 'number');
  const person = contest.contestants.find((c) => c.userId === current);

  const choose = (userId: string) => {
    setCurrent(userId);
    const given = recorded[userId]?.points ?? {};
    setPoints(Object.fromEntries(Object.entries(given).map(([key, value]) => [key, Number(value)])));
  };

  const record = async () => {
    if (!person) return;
    setBusy(true);
    try {
      const answer = await unwrap(
        assessment.PUT('/skills-contests/{id}/scores/{contestantId}', {
          params: { path: { id: contest.id, contestantId: person.userId } },
          body: { points: Object.fromEntries(contest.scheme.map((item) => [item.key, points[item.key] as number])) },
        }),
      );
      const next = { ...recorded, [person.userId]: answer };
      setRecorded(next);
      message.success(t('contests.pad.recorded', { name: person.displayName, total: answer.total }));
      onRecorded();
      const following = contest.contestants.find((c) => !excluded(c) && !(c.userId in next));
      if (following) {
        setCurrent(following.userId);
        setPoints({});
      }
    } catch (e) {
      modal.error({ title: t('approvals.refusal.title'), content: e instanceof ApiError ? refusalText(e.refusal) : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.pad}>
      <nav className={styles.people} aria-label={t('contests.pad.contestants')}>
        {contest.contestants.map((c) => (
          <button
            key={c.userId}
            type="button"
            className={`${styles.person} ${c.userId === current ? styles.current : ''}`}
            disabled={excluded(c)}
            aria-pressed={c.userId === current}
            onClick={() => choose(c.userId)}
          >
            <span className={styles.personName}>{c.displayName}</span>
            <span className={styles.personUnit}>
              <UnitName id={c.enterpriseUnitId} />
            </span>
            <span className={styles.personState}>
              {excluded(c) ? t('contests.pad.recused') : c.userId in recorded ? (
                <>
                  <CheckCircleFilled style={{ color: '#389e0d' }} /> {recorded[c.userId].total}
                </>
              ) : (
                t('contests.pad.toScore')
              )}
            </span>
          </button>
        ))}
      </nav>
      <section className={styles.sheet} aria-label={t('contests.pad.title')}>
        {locked ? (
          <Typography.Title level={3}>{t('contests.pad.locked')}</Typography.Title>
        ) : !person ? (
          <Typography.Title level={3}>{t('contests.pad.nobody')}</Typography.Title>
        ) : (
          <>
            <div className={styles.who}>
              {t('contests.pad.scoring', { name: person.displayName })}
              <span className={styles.judge}>{t('contests.pad.judge', { name: judge.displayName })}</span>
            </div>
            {contest.scheme.map((item) => (
              <label key={item.key} className={styles.item}>
                <span className={styles.itemName}>
                  {item.name}
                  <small>{t('contests.pad.max', { max: item.maxPoints })}</small>
                </span>
                <InputNumber
                  aria-label={item.name}
                  className={styles.input}
                  size="large"
                  min={0}
                  max={Number(item.maxPoints)}
                  precision={2}
                  inputMode="decimal"
                  value={points[item.key] ?? null}
                  onChange={(v) => setPoints((p) => ({ ...p, [item.key]: v }))}
                />
              </label>
            ))}
            <div className={styles.total} aria-label={t('contests.pad.total')}>
              {t('contests.pad.totalValue', { total: total.toFixed(2), max: contest.maxTotal })}
            </div>
            <Button type="primary" size="large" block className={styles.record} disabled={!complete} loading={busy} onClick={record}>
              {person.userId in recorded ? t('contests.pad.recordAgain') : t('contests.pad.record')}
            </Button>
          </>
        )}
      </section>
    </div>
  );
}
