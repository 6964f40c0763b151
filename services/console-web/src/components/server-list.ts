import type { SortOrder } from 'antd/es/table/interface';

/**
 * ProTable's page (and sorter) as the services' list parameters: every list pages and sorts on the
 * server. A sortable column's dataIndex is the field the service sorts by (`S`, from its spec).
 */
export function listQuery<S extends string = string>(params: { current?: number; pageSize?: number }, sorter?: Record<string, SortOrder>): { limit: number; offset: number; sort?: S } {
  const pageSize = params.pageSize ?? 20;
  const [field, order] = Object.entries(sorter ?? {}).find(([, o]) => o) ?? [];
  return {
    limit: pageSize,
    offset: ((params.current ?? 1) - 1) * pageSize,
    ...(field && order ? { sort: `${order === 'descend' ? '-' : ''}${field}` as S } : {}),
  };
}

/** A service's page as ProTable takes it. */
export function tablePage<T>(page: { items: T[]; total: number }): { data: T[]; total: number; success: true } {
  return { data: page.items, total: page.total, success: true };
}

/**
 * What every list of the console shows the same way: pages of 20, and no density or column-setting
 * buttons (the columns are chosen for the work). Spread into a ProTable beside its own props.
 */
export const serverTableDefaults = {
  pagination: { defaultPageSize: 20 },
  options: { density: false, setting: false },
} as const;
