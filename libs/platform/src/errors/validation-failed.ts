import { ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { getMetadataStorage, ValidationError } from 'class-validator';
import { InvalidRequest } from './domain-error';
import { chineseValidationMessage } from './validation-messages.zh';

/** One failed constraint of one field, as the console shows it beside the field. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  messageZh: string;
}

/**
 * 400 for a request body, query or path that failed its DTO's rules. `message` keeps the list of
 * English messages Nest always gave (clients and tests read it); `errors` has one entry per field and
 * constraint, each with its Chinese message, and `field` names the first field at fault.
 */
export class ValidationFailed extends InvalidRequest {
  readonly code = 'validation-failed';

  constructor(
    readonly messages: string[],
    readonly errors: FieldError[],
  ) {
    super({
      en: messages.join('; '),
      zh: [...new Set(errors.map((e) => e.messageZh))].join('；') || '请求内容不符合要求',
      field: errors[0]?.field,
    });
  }

  details(): Record<string, unknown> {
    return { message: this.messages, errors: this.errors };
  }
}

/**
 * Problems a use case finds in a form beyond its DTO's rules (dates out of order, a trade listed twice),
 * each an English sentence that starts with its field: refused like a DTO failure, one entry per problem.
 */
export function formProblemsRefused(messages: string[]): ValidationFailed {
  const errors = messages.map((message) => {
    const field = /^[A-Za-z][\w.]*/.exec(message)?.[0] ?? '';
    return { field, code: 'formRule', message, messageZh: field ? `「${field}」填写有误，请检查` : '表单填写有误，请检查' };
  });
  return new ValidationFailed(messages, errors);
}

/** The arguments a decorator was given (the 100 of @MaxLength(100)), read back from class-validator's metadata. */
function constraintArgs(error: ValidationError, constraint: string): readonly unknown[] {
  const target = error.target as object | undefined;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === constraint || m.type === constraint));
  return metadata?.constraints ?? [];
}

/** The DTO's own Chinese for a constraint, given as `context: { messageZh }` beside its English message. */
function contextMessageZh(error: ValidationError, constraint: string, field: string): string | undefined {
  const messageZh = (error.contexts?.[constraint] as { messageZh?: unknown } | undefined)?.messageZh;
  return typeof messageZh === 'string' ? messageZh.replaceAll('$property', field) : undefined;
}

/**
 * Every failed constraint with its full path ('leader.mobile', 'trainingNeeds.1.trade') and both
 * messages, in the order Nest lists the English ones. A nested message is prefixed with its parent's
 * path, as Nest prefixes it.
 */
export function fieldErrorsOf(errors: ValidationError[], parentPath?: string): FieldError[] {
  const found: FieldError[] = [];
  for (const error of errors) {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      found.push({
        field,
        code: constraint,
        message: parentPath ? `${parentPath}.${message}` : message,
        messageZh: contextMessageZh(error, constraint, field) ?? chineseValidationMessage(constraint, field, constraintArgs(error, constraint)),
      });
    }
    if (error.children?.length) found.push(...fieldErrorsOf(error.children, field));
  }
  return found;
}

/**
 * The services' ValidationPipe: Nest's own English messages (same wording, order and length limit),
 * raised as ValidationFailed so the exception filter can answer each field in Chinese too.
 */
export class DomainValidationPipe extends ValidationPipe {
  constructor(options?: ValidationPipeOptions) {
    // Each error keeps the object it was found in, so its decorator's arguments can be read back; the
    // answer never includes it.
    super({ ...options, validationError: { target: true, ...options?.validationError } });
    const english = this.exceptionFactory;
    this.exceptionFactory = (errors: ValidationError[] = []) => {
      const nest = english(errors) as { getResponse?: () => unknown };
      const response = nest.getResponse?.() as { message?: unknown } | undefined;
      // The same bound on the answer's size as Nest's English list: a huge payload's errors past the
      // limit are left out of both.
      const kept = fieldErrorsOf(this.limitValidationErrors(errors, { remaining: this.maxErrorMessagesLength, isExceeded: false }));
      const messages = Array.isArray(response?.message) ? response.message.map(String) : kept.map((e) => e.message);
      return new ValidationFailed(messages, kept);
    };
  }
}
