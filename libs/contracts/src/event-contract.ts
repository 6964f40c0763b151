import { z } from 'zod';

/** A versioned event type: its name, version, topic and payload schema. */
export interface EventContract<P = unknown> {
  readonly type: string;
  readonly version: number;
  /** Logical topic name; a deployment may prefix it (see the messaging lib). */
  readonly topic: string;
  readonly payload: z.ZodType<P>;
  readonly description: string;
}

export type PayloadOf<C> = C extends EventContract<infer P> ? P : never;

export function defineEvent<S extends z.ZodType>(contract: {
  type: string;
  version: number;
  topic: string;
  payload: S;
  description: string;
}): EventContract<z.infer<S>> {
  return Object.freeze(contract) as EventContract<z.infer<S>>;
}

export function contractKey(type: string, version: number): string {
  return `${type}@v${version}`;
}
