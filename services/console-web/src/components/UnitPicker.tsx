import { orgUnitKindLabels, type OrgUnitKind } from '@lc/org/org-kinds';
import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useLocale, type Locale } from '../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../services/api';
import { useSession } from '../session-context';

type OrgUnit = Ok<RegistrationApi['/org-units/{id}']['get']>;

interface Props {
  value?: string;
  onChange?: (unitId: string) => void;
  /** Only units of these kinds may be chosen, e.g. enterprises and teams to enrol. */
  kinds?: readonly string[];
  placeholder?: string;
  id?: string;
}

/**
 * A kind of unit as the console shows it: 乡镇(街道、园区)工会, or 'Township/street/park union'. The
 * services' kindLabel is Chinese only, so the label comes from the same table they use.
 */
export function unitKindLabel(kind: string, locale: Locale): string {
  const label = orgUnitKindLabels[kind as OrgUnitKind];
  if (!label) return kind;
  return locale === 'zh-CN' ? label.zh : label.en.charAt(0).toUpperCase() + label.en.slice(1);
}

/** Chooses a unit of the user's subtree by name, searched on the server: nobody types unit ids. */
export default function UnitPicker({ value, onChange, kinds, placeholder, id }: Props) {
  const { user } = useSession();
  const { t, locale } = useLocale();
  const [q, setQ] = useState('');
  const [units, setUnits] = useState<OrgUnit[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!user) return;
    const timer = setTimeout(() => {
      setLoading(true);
      unwrap(
        registration.GET('/org-units/{id}/subtree', {
          params: { path: { id: user.orgUnitId }, query: { q: q || undefined, kind: kinds?.length === 1 ? (kinds[0] as never) : undefined, limit: 30, offset: 0 } },
        }),
      )
        .then(
          (page) => setUnits(page.items.filter((u) => !kinds || kinds.includes(u.kind))),
          () => setUnits([]),
        )
        .finally(() => setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, user, kinds]);

  const options = useMemo(
    () => units.map((u) => ({ value: u.id, label: t('org.picker.option', { name: u.name, kind: unitKindLabel(u.kind, locale) }) })),
    [units, t, locale],
  );
  return (
    <Select
      id={id}
      style={{ width: '100%' }}
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      placeholder={placeholder ?? t('org.picker.placeholder')}
      notFoundContent={loading ? <Spin size="small" /> : t('org.picker.none')}
      options={options}
    />
  );
}
