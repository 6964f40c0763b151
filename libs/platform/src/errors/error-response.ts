import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { isTransientError } from '@lc/messaging';
import { OrgRuleError } from '@lc/org';
import { DomainError } from './domain-error';
import { refusalOfStatus } from './http-refusals.zh';
import type { FieldError } from './validation-failed';

/** The one shape of every refusal a service answers. */
export interface ErrorResponseBody {
  statusCode: number;
  code: string;
  error?: string;
  /** English; a list of messages for a request that failed its DTO's rules, as Nest has always sent. */
  message: string | string[];
  messageZh: string;
  field?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export interface ErrorAnswer {
  status: number;
  body: ErrorResponseBody;
  headers: Record<string, string>;
}

/** "unitId: there is no org unit 'x'" names its field first; refusals not yet named are read that way. */
const LEADING_FIELD = /^([A-Za-z][\w]*(?:\.[\w]+)*): /;

function fieldOf(message: unknown): string | undefined {
  const first = Array.isArray(message) ? message[0] : message;
  return typeof first === 'string' ? LEADING_FIELD.exec(first)?.[1] : undefined;
}

/** A 429 says when to try again as Retry-After (RFC 9110) besides the body. */
function retryAfter(seconds: unknown): Record<string, string> {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? { 'retry-after': String(Math.max(1, Math.ceil(seconds))) } : {};
}

function ofDomainError(err: DomainError): ErrorAnswer {
  const status = err.httpStatus;
  const details = err.details();
  const body: ErrorResponseBody = {
    statusCode: status,
    code: err.code,
    error: STATUS_CODES[status],
    message: err.message,
    messageZh: err.messageZh,
    ...(err.field !== undefined ? { field: err.field } : {}),
    ...details,
  };
  return { status, body, headers: retryAfter(details.retryAfterSeconds) };
}

/** The org tree's rules refuse what a request asked for: 400, in both languages. */
function ofOrgRuleError(err: OrgRuleError): ErrorAnswer {
  return { status: 400, body: { statusCode: 400, code: err.code, error: 'Bad Request', message: err.message, messageZh: err.messageZh }, headers: {} };
}

function ofHttpException(err: HttpException): ErrorAnswer {
  const status = err.getStatus();
  const response = err.getResponse();
  const given: Record<string, unknown> = typeof response === 'object' && response !== null ? { ...response } : { message: response };
  const generic = refusalOfStatus(status);
  const message = (given.message ?? err.message) as string | string[];
  const field = typeof given.field === 'string' ? given.field : fieldOf(message);
  const body: ErrorResponseBody = {
    ...given,
    statusCode: status,
    code: typeof given.code === 'string' ? given.code : generic.code,
    error: typeof given.error === 'string' ? given.error : STATUS_CODES[status],
    message,
    messageZh: typeof given.messageZh === 'string' ? given.messageZh : generic.zh,
    ...(field !== undefined ? { field } : {}),
  };
  const seconds = (err as { retryAfterSeconds?: unknown }).retryAfterSeconds ?? given.retryAfterSeconds;
  return { status, body, headers: retryAfter(seconds) };
}

/** What a person is told when the database cannot serve the request just now, by SQLSTATE. */
function ofTransientDatabaseError(err: unknown): ErrorAnswer {
  const sqlState = (err as { code?: unknown }).code;
  const [code, en, zh] =
    sqlState === '55P03'
      ? ['record-busy', 'the record is being changed by another request and was not free in time; try again in a moment', '该记录正被其他请求修改，请稍后再试']
      : sqlState === '57014'
        ? ['database-timeout', 'the database took too long to answer; try again in a moment', '数据库响应超时，请稍后再试']
        : sqlState === '40001' || sqlState === '40P01'
          ? ['concurrent-change', 'the change met another change of the same records; try again', '与同一记录的另一项修改冲突，请重试']
          : ['database-unavailable', 'the database cannot be reached just now; try again in a moment', '数据库暂时无法连接，请稍后再试'];
  return {
    status: 503,
    body: { statusCode: 503, code, error: 'Service Unavailable', message: en, messageZh: zh },
    headers: { 'retry-after': '1' },
  };
}

/**
 * Text the database cannot hold — a NUL character, bytes that are not UTF-8 — in any field, including a
 * query parameter no DTO reads: the request's fault, 400, rather than a failure of the service.
 */
function ofUnstorableText(err: unknown): ErrorAnswer | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  const sqlState = e?.driverError?.code ?? e?.code;
  if (sqlState !== '22021' && sqlState !== '22P05') return undefined;
  return {
    status: 400,
    body: {
      statusCode: 400,
      code: 'invalid-text',
      error: 'Bad Request',
      message: 'the request holds a character that cannot be stored (such as NUL) or bytes that are not UTF-8; remove it',
      messageZh: '请求中含有无法保存的字符（如空字符）或非 UTF-8 编码的内容，请删除后重试',
    },
    headers: {},
  };
}

/**
 * The answer for an error reaching the edge of an HTTP request, or undefined for one that is a fault
 * of the service (left to Nest: logged, 500). A request that failed because the database could not
 * serve it just now (a lock not granted within lock_timeout, a statement past statement_timeout, a
 * deadlock, the database down) answers 503 with Retry-After: nothing was written (its transaction
 * rolled back), and the same request may go through a moment later.
 */
export function errorAnswerOf(err: unknown): ErrorAnswer | undefined {
  if (err instanceof DomainError) return ofDomainError(err);
  if (err instanceof OrgRuleError) return ofOrgRuleError(err);
  if (err instanceof HttpException) return ofHttpException(err);
  if (isTransientError(err)) return ofTransientDatabaseError(err);
  const unstorable = ofUnstorableText(err);
  if (unstorable) return unstorable;
  // Errors of the HTTP layer under Nest (a body that is not JSON, one too large) carry a 4xx statusCode.
  const { statusCode, message, expose } = (err ?? {}) as { statusCode?: unknown; message?: unknown; expose?: unknown };
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 && typeof message === 'string') {
    const generic = refusalOfStatus(statusCode);
    return {
      status: statusCode,
      body: { statusCode, code: generic.code, error: STATUS_CODES[statusCode], message: expose === false ? (STATUS_CODES[statusCode] ?? message) : message, messageZh: generic.zh },
      headers: {},
    };
  }
  return undefined;
}
