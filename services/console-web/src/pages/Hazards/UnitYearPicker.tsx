import { orgUnitKinds } from '@lc/org/org-kinds';
import { Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';

/** The years a figure can be asked for: from two years back to next year. */
export function yearOptions(now = new Date().getFullYear()) {
  return [now - 2, now - 1, now, now + 1].map((y) => ({ value: y, label: String(y) }));
}

/** The union and year a screen is about (my own unit and this year at first), and the picker that changes them. */
export function useUnitYear(): { unitId: string | undefined; year: number; picker: ReactNode } {
  const { user } = useSession();
  const [chosen, setChosen] = useState({ unitId: user?.orgUnitId, year: new Date().getFullYear() });
  const picker = <UnitYearPicker unitId={chosen.unitId} year={chosen.year} onChange={(unitId, year) => setChosen({ unitId, year })} />;
  return { ...chosen, picker };
}

/** Which union and which year a budget or a statistic is about: a unit of my subtree and a year. */
function UnitYearPicker({
  unitId,
  year,
  onChange,
}: {
  unitId: string | undefined;
  year: number;
  onChange: (unitId: string | undefined, year: number) => void;
}) {
  const { t } = useLocale();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <label htmlFor="hazards-unit">{t('hazards.unit')}</label>
      <div style={{ width: 320 }}>
        <UnitPicker id="hazards-unit" value={unitId} onChange={(u) => onChange(u, year)} kinds={unionKinds} />
      </div>
      <label htmlFor="hazards-year">{t('hazards.year')}</label>
      <Select id="hazards-year" style={{ width: 110 }} value={year} options={yearOptions()} onChange={(y) => onChange(unitId, y)} />
    </Space>
  );
}

/** Budgets and statistics are a union's: every kind of unit but a team. */
const unionKinds = orgUnitKinds.filter((k) => k !== 'team');
