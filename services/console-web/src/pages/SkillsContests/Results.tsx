import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../../locales';
import { ApiError, assessment, refusalText, unwrap, type AssessmentApi, type Ok } from '../../services/api';
import UnitName from '../Hazards/UnitName';

type Results = Ok<AssessmentApi['/skills-contests/{id}/results']['get']>;
type Result = Results['results'][number];

/** (88.00 + 90.00) ÷ 2 = 89.00: how the final score came from the judge totals that were kept. */
function meanInWords(result: Result): string {
  const kept = result.judgeTotals.filter((j) => !j.dropped).map((j) => j.total);
  return kept.length ? `(${kept.join(' + ')}) ÷ ${kept.length} = ${result.finalScore}` : '—';
}

/**
 * The results with the trimmed mean explained: each judge's total, the highest and lowest struck out
 * when the panel is large enough, the mean of the rest, and what separated equal scores.
 */
export default function ContestResults({ contestId, version }: { contestId: string; version: number }) {
  const { t } = useLocale();
  const [results, setResults] = useState<Results>();
  const [refusal, setRefusal] = useState<string>();
  useEffect(() => {
    unwrap(assessment.GET('/skills-contests/{id}/results', { params: { path: { id: contestId } } })).then(setResults, (e) =>
      setRefusal(e instanceof ApiError ? refusalText(e.refusal) : String(e)),
    );
  }, [contestId, version]);
  if (refusal) return <Alert type="info" showIcon message={refusal} />;
  if (!results) return null;

  const separated = (r: Result) => {
    if (!r.separatedBy || r.separatedBy === 'final-score') return null;
    if (r.separatedBy === 'shared') return t('contests.results.shared');
    if (r.separatedBy === 'untrimmed-mean') return t('contests.results.byUntrimmed');
    const key = r.separatedBy.replace(/^item:/, '');
    return t('contests.results.byItem', { item: results.scheme.find((i) => i.key === key)?.name ?? key });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={results.final ? 'success' : 'warning'}
        showIcon
        message={results.final ? t('contests.results.final') : t('contests.results.provisional')}
        description={t('contests.results.rule', { n: results.trimAtJudges })}
      />
      <Table<Result>
        rowKey={(r) => r.contestant.userId}
        pagination={false}
        dataSource={results.results}
        columns={[
          { title: t('contests.results.rank'), dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? '—' },
          {
            title: t('contests.results.contestant'),
            key: 'who',
            width: 180,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <strong>{r.contestant.displayName}</strong>
                <Typography.Text type="secondary">
                  <UnitName id={r.contestant.enterpriseUnitId} />
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('contests.results.judgeTotals'),
            key: 'totals',
            render: (_, r) => (
              <Space wrap size={4}>
                {r.judgeTotals.map((j) => (
                  <Tag key={j.judgeUserId} color={j.dropped ? 'default' : 'blue'} style={j.dropped ? { textDecoration: 'line-through' } : undefined}>
                    {j.displayName ?? j.judgeUserId} {j.total}
                    {j.dropped && `（${t(j.dropped === 'highest' ? 'contests.results.droppedHighest' : 'contests.results.droppedLowest')}）`}
                  </Tag>
                ))}
                {r.excludedJudges.map((j) => (
                  <Tag key={j.judgeUserId} title={j.reason}>
                    {j.displayName} {t('contests.pad.recused')}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('contests.results.mean'), key: 'mean', width: 240, render: (_, r) => <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{meanInWords(r)}</span> },
          {
            title: t('contests.results.finalScore'),
            dataIndex: 'finalScore',
            width: 120,
            render: (s: string | null, r) => (
              <Space direction="vertical" size={0}>
                <strong style={{ fontSize: 16 }}>{s ?? '—'}</strong>
                {separated(r) && <Typography.Text type="secondary">{separated(r)}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('contests.results.untrimmed'), dataIndex: 'untrimmedMean', width: 110, render: (s: string | null) => s ?? '—' },
        ]}
      />
    </Space>
  );
}
