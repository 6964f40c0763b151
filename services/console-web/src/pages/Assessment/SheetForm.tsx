import { UploadOutlined } from '@ant-design/icons';
import type { SheetScore, TemplateDefinition } from '@lc/scoring';
import { Button, Input, Space, Typography, Upload } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useLocale } from '../../locales';
import styles from '../Approvals/paper-form.module.css';
import ItemInput from './ItemInput';
import { explanationIn, ruleInWords, shortfallRounding, shortName } from './sheet-scoring';
import own from './assessment.module.css';

/** One column of scores on the form: 自评分 or 考核分, typed in or read. */
export interface ScoreSide {
  inputs: Record<string, unknown>;
  score: SheetScore | null;
  problems?: Record<string, string>;
  onInput?: (key: string, input: unknown) => void;
}

export interface Evidence {
  id: string;
  itemKey: string;
  fileName: string;
}

interface Props {
  template: TemplateDefinition;
  caption?: ReactNode;
  self?: ScoreSide;
  review?: ScoreSide & {
    comments: Record<string, string>;
    /** Items the review scores differently from the unit: a comment is required. */
    changed: Set<string>;
    onComment?: (key: string, comment: string) => void;
  };
  evidence?: { files: Evidence[]; hrefOf: (e: Evidence) => string; onUpload?: (itemKey: string, file: File) => void };
}

/**
 * The assessment form as printed (seed 004 attachment 3): categories with their points and subtotals,
 * each item with its points and its rule in words, the unit's own score (自评分) beside the reviewer's
 * (考核分), the evidence, and the total with the pass line.
 */
export default function SheetForm({ template, caption, self, review, evidence }: Props) {
  const { t, locale } = useLocale();
  const rounding = shortfallRounding(t, template);
  const onComment = review?.onComment;
  const onUpload = evidence?.onUpload;

  const cell = (side: ScoreSide | undefined, itemKey: string, which: 'self' | 'review') => {
    if (!side) return null;
    const item = template.categories.flatMap((c) => c.items).find((i) => i.key === itemKey);
    if (!item) return null;
    const { onInput } = side;
    const scored = side.score?.items.find((i) => i.key === itemKey);
    const label = `${shortName(item)} ${t(which === 'self' ? 'assessment.col.self' : 'assessment.col.review')}`;
    return (
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        {onInput && <ItemInput item={item} label={label} value={side.inputs[itemKey]} onChange={(v) => onInput(itemKey, v)} />}
        {side.problems?.[itemKey] ? (
          <Typography.Text type="danger">{side.problems[itemKey]}</Typography.Text>
        ) : scored?.scored ? (
          <>
            <Typography.Text strong aria-label={`${label}得分`}>
              {t('assessment.pointsValue', { points: scored.points })}
            </Typography.Text>
            <Typography.Text type="secondary" className={own.explain}>
              {explanationIn(scored.explanation, locale)}
            </Typography.Text>
          </>
        ) : (
          side.score && <Typography.Text type="secondary">{t('assessment.notScored')}</Typography.Text>
        )}
        {which === 'review' && review && (review.changed.has(itemKey) || review.comments[itemKey]) && (
          onComment ? (
            <Input.TextArea
              aria-label={`${shortName(item)} ${t('assessment.comment')}`}
              placeholder={review.changed.has(itemKey) ? t('assessment.commentRequired') : t('assessment.comment')}
              status={review.changed.has(itemKey) && !(review.comments[itemKey] ?? '').trim() ? 'error' : undefined}
              autoSize={{ minRows: 2 }}
              value={review.comments[itemKey] ?? ''}
              onChange={(e) => onComment(itemKey, e.target.value)}
            />
          ) : (
            <Typography.Text className={own.comment}>
              {t('assessment.comment')}：{review.comments[itemKey]}
            </Typography.Text>
          )
        )}
      </Space>
    );
  };

  const subtotal = (side: ScoreSide | undefined, categoryKey?: string) => {
    if (!side?.score) return '';
    const points = categoryKey ? side.score.categories.find((c) => c.key === categoryKey)?.points : side.score.total;
    return t('assessment.pointsValue', { points: points ?? 0 });
  };

  return (
    <div>
      <table className={`${styles.form} ${own.sheet}`}>
        <caption>{caption ?? template.name}</caption>
        <colgroup>
          <col style={{ width: 90 }} />
          <col />
          <col style={{ width: 64 }} />
          <col style={{ width: self?.onInput ? 260 : 200 }} />
          <col style={{ width: review?.onInput ? 280 : 220 }} />
          {evidence && <col style={{ width: 170 }} />}
        </colgroup>
        <thead>
          <tr>
            <th>{t('assessment.col.category')}</th>
            <th>{t('assessment.col.content')}</th>
            <th>{t('assessment.col.points')}</th>
            <th>{t('assessment.col.self')}</th>
            <th>{t('assessment.col.review')}</th>
            {evidence && <th>{t('assessment.col.evidence')}</th>}
          </tr>
        </thead>
        <tbody>
          {template.categories.map((category) => (
            <Fragment key={category.key}>
              {category.items.map((item, i) => (
                <tr key={item.key} data-item={item.key}>
                  {i === 0 && (
                    <th rowSpan={category.items.length + 1}>
                      {category.name}
                      <div className={own.categoryPoints}>{t('assessment.pointsValue', { points: category.points })}</div>
                    </th>
                  )}
                  <td>
                    <div>{item.text}</div>
                    <div className={own.rule}>{ruleInWords(t, item.rule, item)}</div>
                  </td>
                  <td className={own.center}>{item.maxPoints}</td>
                  <td>{cell(self, item.key, 'self')}</td>
                  <td>{cell(review, item.key, 'review')}</td>
                  {evidence && (
                    <td>
                      <Space direction="vertical" size={2}>
                        {evidence.files
                          .filter((e) => e.itemKey === item.key)
                          .map((e) => (
                            <a key={e.id} href={evidence.hrefOf(e)} target="_blank" rel="noreferrer">
                              {e.fileName}
                            </a>
                          ))}
                        {onUpload && (
                          <Upload
                            accept=".pdf,.jpg,.jpeg,.png"
                            showUploadList={false}
                            beforeUpload={(file) => {
                              onUpload(item.key, file);
                              return false;
                            }}
                          >
                            <Button size="small" icon={<UploadOutlined />} aria-label={`${shortName(item)} ${t('assessment.evidence.upload')}`}>
                              {t('assessment.evidence.upload')}
                            </Button>
                          </Upload>
                        )}
                      </Space>
                    </td>
                  )}
                </tr>
              ))}
              <tr className={own.subtotal} data-subtotal={category.key}>
                <td>{t('assessment.subtotal', { name: category.name })}</td>
                <td className={own.center}>{category.points}</td>
                <td>{subtotal(self, category.key)}</td>
                <td>{subtotal(review, category.key)}</td>
                {evidence && <td />}
              </tr>
            </Fragment>
          ))}
          <tr className={own.total}>
            <th colSpan={2}>{t('assessment.total')}</th>
            <td className={own.center}>{template.totalPoints}</td>
            <td aria-label={t('assessment.selfTotal')}>{subtotal(self)}</td>
            <td aria-label={t('assessment.reviewTotal')}>{subtotal(review)}</td>
            {evidence && <td />}
          </tr>
        </tbody>
      </table>
      <ol className={own.notes}>
        <li>{t('assessment.note.pass', { threshold: template.passThreshold, total: template.totalPoints })}</li>
        {rounding.length > 0 && (
          <li>
            {rounding[0]}
            {rounding.slice(1).map((example) => (
              <div key={example}>{example}</div>
            ))}
          </li>
        )}
        <li>{t('assessment.note.system')}</li>
      </ol>
    </div>
  );
}
