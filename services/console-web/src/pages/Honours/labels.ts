import { useEffect, useState } from 'react';
import type { MessageKey } from '../../locales/zh-CN';
import { awards, unwrap, type AwardsApi, type Ok } from '../../services/api';

export type Honour = Ok<AwardsApi['/honours']['get']>[number];

/** The conferring levels, highest first, as the catalogue is read. */
export const conferringLevels: { code: string; label: MessageKey }[] = [
  { code: 'national', label: 'honours.level.national' },
  { code: 'province', label: 'honours.level.province' },
  { code: 'city', label: 'honours.level.city' },
  { code: 'county', label: 'honours.level.county' },
];

/** A conferring level in the console's language; a level it does not know shows its code. */
export const levelText = (t: (key: MessageKey) => string, code: string): string => {
  const label = conferringLevels.find((l) => l.code === code)?.label;
  return label ? t(label) : code;
};

/** The statuses a nomination list filters by, in the order a nomination goes through them. */
export const nominationStatusOrder = ['candidate', 'submitted', 'publicity', 'conferred', 'withdrawn', 'rejected', 'over_quota'] as const;

/** The year an honour is for, by the China calendar. */
export const thisYear = (): number => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

let catalogue: Promise<Honour[]> | undefined;

/** The honour catalogue, read once per page load: it changes only with a release. */
export function useHonours(): Honour[] {
  const [honours, setHonours] = useState<Honour[]>([]);
  useEffect(() => {
    catalogue ??= unwrap(awards.GET('/honours')).catch((e) => {
      catalogue = undefined;
      throw e;
    });
    let live = true;
    catalogue.then((h) => live && setHonours(h), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return honours;
}

/** An honour's name by its code; the code until the catalogue is read. */
export const honourName = (honours: Honour[], code: string): string => honours.find((h) => h.code === code)?.name ?? code;

/** Where a publicity batch's printable notice (公示) is: one conferring union's honour of one year. */
export const noticePath = (n: { conferringUnitId: string; honourCode: string; year: number }): string =>
  `/print/publicity/${encodeURIComponent(n.conferringUnitId)}/${encodeURIComponent(n.honourCode)}/${n.year}`;
