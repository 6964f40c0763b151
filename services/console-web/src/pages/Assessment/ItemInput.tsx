import type { ItemDefinition } from '@lc/scoring';
import { InputNumber, Radio, Space } from 'antd';
import { useLocale } from '../../locales';

interface Props {
  item: ItemDefinition;
  value: unknown;
  /** undefined clears the item's input (not scored yet). */
  onChange: (input: unknown) => void;
  /** Names the inputs for people and screen readers: 「有活动 自评」. */
  label: string;
}

/** What an item's rule needs, as the person fills it in: there or not, how many, each rate, or points. */
export default function ItemInput({ item, value, onChange, label }: Props) {
  const { t } = useLocale();
  const rule = item.rule;
  const v = (value ?? {}) as { present?: boolean; provided?: number; values?: Record<string, number>; points?: number };
  switch (rule.kind) {
    case 'presence':
      return (
        <Radio.Group
          aria-label={label}
          value={v.present}
          onChange={(e) => onChange({ present: e.target.value })}
          options={[
            { value: true, label: t('assessment.input.present') },
            { value: false, label: t('assessment.input.absent') },
          ]}
        />
      );
    case 'per-missing':
      return (
        <InputNumber
          aria-label={label}
          min={0}
          max={rule.required}
          precision={0}
          value={v.provided}
          addonAfter={t('assessment.input.ofRequired', { required: rule.required })}
          onChange={(n) => onChange(n === null ? undefined : { provided: n })}
        />
      );
    case 'per-shortfall': {
      // A rate item waits as { partial } until every rate is typed in.
      const typed = (value as { partial?: Record<string, number> } | undefined)?.partial ?? v.values ?? {};
      const set = (key: string, n: number | null) => {
        const next = { ...typed };
        if (n === null) delete next[key];
        else next[key] = n;
        // Scored once every rate is in; until then the item waits.
        onChange(rule.metrics.every((m) => m.key in next) ? { values: next } : Object.keys(next).length ? { partial: next } : undefined);
      };
      return (
        <Space direction="vertical" size={4}>
          {rule.metrics.map((m) => (
            <InputNumber
              key={m.key}
              aria-label={`${label} ${m.name}`}
              addonBefore={m.name}
              addonAfter="%"
              min={0}
              max={100}
              precision={2}
              style={{ width: 230 }}
              value={typed[m.key]}
              onChange={(n) => set(m.key, n)}
            />
          ))}
        </Space>
      );
    }
    case 'judged':
      return (
        <InputNumber
          aria-label={label}
          min={0}
          max={item.maxPoints}
          step={rule.step ?? 0.1}
          value={v.points}
          addonAfter={t('assessment.points')}
          onChange={(n) => onChange(n === null ? undefined : { points: n })}
        />
      );
  }
}
