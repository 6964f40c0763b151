import { z } from 'zod';
import { secondsSetting, serviceConfigSchema, wholeNumberSetting } from '@lc/platform';

/**
 * Awards' own settings: how long an approved nomination is publicly listed (公示) before conferral, in
 * working days (工作日) by the official calendar (不少于5个工作日), or in seconds for short runs.
 */
export const awardsConfigSchema = serviceConfigSchema.extend({
  PUBLICITY_PERIOD_WORKING_DAYS: wholeNumberSetting(5, 60).default(5),
  /** Seconds instead of working days (tests, demonstrations); when set, it decides. */
  PUBLICITY_PERIOD_SECONDS: secondsSetting.optional(),
});

export type AwardsConfig = z.infer<typeof awardsConfigSchema>;
