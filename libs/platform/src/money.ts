/** Amounts are kept in fen (分) as integers; the API speaks yuan with at most two decimals. */
export const fenOf = (yuan: number): number => Math.round(yuan * 100);

/** 12345 → "123.45": a string, so that no client rounds a float. */
export const yuanOf = (fen: number | string | bigint): string => {
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};
