import { z } from 'zod';
import { secondsSetting, serviceConfigSchema } from '@lc/platform';

/** Awards' own settings: how long an approved nomination is publicly listed (公示) before conferral. */
export const awardsConfigSchema = serviceConfigSchema.extend({
  PUBLICITY_PERIOD_SECONDS: secondsSetting.default(7 * 24 * 3600),
});

export type AwardsConfig = z.infer<typeof awardsConfigSchema>;
