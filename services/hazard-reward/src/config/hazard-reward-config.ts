import { z } from 'zod';
import { secondsSetting, serviceConfigSchema, wholeNumberSetting } from '@lc/platform';

const MiB = 1024 * 1024;

/**
 * Hazard-reward's own settings: where report photos are kept, the key that lets reporters find their
 * own reports without the reports naming them, and the rectification timer.
 */
export const hazardRewardConfigSchema = serviceConfigSchema
  .extend({
    /** 'local': content-addressed files under PHOTO_STORE_DIR. 's3': an S3-compatible bucket. */
    PHOTO_STORE: z.enum(['local', 's3']).default('local'),
    PHOTO_STORE_DIR: z.string().trim().min(1).default('.run/photos'),
    S3_ENDPOINT: z.url({ message: 'must be a URL such as https://s3.example.com' }).optional(),
    S3_REGION: z.string().trim().min(1).default('us-east-1'),
    S3_BUCKET: z.string().trim().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
    /** Most self-hosted S3-compatible stores address buckets by path, not by host name. */
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    /** Largest photo accepted, in bytes, before any processing. */
    PHOTO_MAX_BYTES: wholeNumberSetting(64 * 1024, 50 * MiB).default(8 * MiB),
    /**
     * Keys the reporter tag (an HMAC of the reporter's user id). Reports store only the tag, so a
     * reporter finds their own reports and rewards while an anonymous report names nobody.
     */
    REPORTER_TAG_KEY: z.string().min(32, 'must be at least 32 characters of secret'),
    /**
     * Most reports one worker may file in a clock hour (named and anonymous together): enough for a
     * walk-round, not for flooding the verifiers or the photo store. Counted in the database, so it
     * holds across replicas and restarts.
     */
    HAZARD_REPORTS_PER_HOUR: wholeNumberSetting(1, 10_000).default(20),
    /** How many working days (工作日, official calendar) before a rectification deadline the designated person is reminded. */
    HAZARD_REMINDER_BEFORE_WORKING_DAYS: wholeNumberSetting(1, 60).default(3),
    /** The reminder's lead in seconds instead (tests, demonstrations); when set, it decides. */
    HAZARD_REMINDER_BEFORE_SECONDS: secondsSetting.optional(),
  })
  .superRefine((config, ctx) => {
    if (config.PHOTO_STORE !== 's3') return;
    for (const key of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!config[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when PHOTO_STORE is s3' });
    }
  });

export type HazardRewardConfig = z.infer<typeof hazardRewardConfigSchema>;
