import { z } from 'zod';

/**
 * Keys of categories, items and metrics. They appear in input paths (`items.wall-slogan.present`) and in
 * URLs, so they are restricted to ASCII letters, digits, '-' and '_'; the Chinese names live in `name`
 * and `text`.
 */
export const TEMPLATE_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const templateKeySchema = z
  .string()
  .regex(TEMPLATE_KEY_PATTERN, { error: 'must be 1 to 64 letters, digits, - or _ (starting with a letter or digit)' });
