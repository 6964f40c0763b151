/** The levels that confer honours, lowest first (the honours catalogue's conferring_level). */
export const HONOUR_LEVELS = ['county', 'city', 'province', 'national'] as const;
