import { conferringKinds } from './honour-catalogue';

/** A row of `honours`: an honour of the catalogue. */
export interface HonourRow {
  code: string;
  name: string;
  conferring_level: keyof typeof conferringKinds;
  nominee_kind: 'person' | 'team' | 'unit';
  criteria: string;
  material_reward_fen: string;
}

/** A quota (名额) of `honour_quotas`: the yearly places of an honour at a conferring union, and how many are taken. */
export interface QuotaPlaces {
  quota: number;
  taken: number;
}

/** The quota a nomination takes its place from: an honour at a conferring union in a year. */
export interface QuotaKey {
  honour_code: string;
  conferring_unit_id: string;
  year: number;
}

/** A competition fund's figures (`competition_funds`), in fen. */
export interface FundFigures {
  total_fen: string;
  spent_fen: string;
}
