/** The slice of a pino-style logger the messaging classes need; pino and nestjs-pino both satisfy it. */
export interface MessagingLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const discard = (): void => undefined;
export const silentLogger: MessagingLogger = { debug: discard, info: discard, warn: discard, error: discard };

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
