/** One reconciliation check: its name, PASS or FAIL, the numbers behind it, and any detail for the JSON. */
export interface Check {
  name: string;
  pass: boolean;
  detail: string;
  data?: unknown;
}

export const check = (name: string, pass: boolean, detail: string, data?: unknown): Check => ({ name, pass, detail, ...(data === undefined ? {} : { data }) });

/** A check that could not be made (its query failed, a server did not answer): a FAIL that says why. */
export async function guarded(name: string, make: () => Promise<Check | Check[]>): Promise<Check[]> {
  try {
    const result = await make();
    return Array.isArray(result) ? result : [result];
  } catch (err) {
    return [check(name, false, `could not be checked: ${err instanceof Error ? err.message : String(err)}`)];
  }
}
