/**
 * What kind of refusal an error is; the one exception filter turns the kind into the HTTP status, so
 * the code that refuses says what went wrong in the domain's words and never picks a status itself.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'too-many'
  | 'unavailable';

export const HTTP_STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'too-many': 429,
  unavailable: 503,
};

export interface DomainErrorText {
  /** English, for API users and logs. */
  en: string;
  /** Chinese, what the console shows. */
  zh: string;
  /** The request field at fault, when one is. */
  field?: string;
}

/**
 * A refusal named by the domain: a stable kebab-case `code` a client may branch on, an English and a
 * Chinese message, and the request field at fault. Subclasses live beside the rules that throw them
 * (`*.errors.ts`) and fix `code` and `kind`; only the filter knows HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;
  readonly messageZh: string;
  readonly field?: string;

  constructor(text: DomainErrorText) {
    super(text.en);
    this.name = new.target.name;
    this.messageZh = text.zh;
    this.field = text.field;
  }

  get httpStatus(): number {
    return HTTP_STATUS_OF_KIND[this.kind];
  }

  /** Fields a refusal carries beyond the common shape (e.g. the seconds to wait); none by default. */
  details(): Record<string, unknown> {
    return {};
  }
}

/** Base classes per kind, so a named error declares only its code and its words. */
export abstract class InvalidRequest extends DomainError {
  readonly kind = 'invalid';
}
export abstract class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated';
}
export abstract class NotAllowed extends DomainError {
  readonly kind = 'forbidden';
}
export abstract class NotFound extends DomainError {
  readonly kind = 'not-found';
}
export abstract class Conflict extends DomainError {
  readonly kind = 'conflict';
}
