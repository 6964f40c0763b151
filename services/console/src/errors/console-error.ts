import { HttpException } from '@nestjs/common';

/**
 * The refusals the console gives itself (those of the services pass through untouched), in the services'
 * shape: an English message for whoever reads the logs or the network panel, the Chinese one for the user.
 */
export const CONSOLE_ERRORS = {
  'session-required': { status: 401, message: 'Please log in', messageZh: '请先登录' },
  'csrf-token-invalid': { status: 403, message: 'The request check failed: reload the page and try again', messageZh: '请求校验失败，请刷新页面后重试' },
  'not-found': { status: 404, message: 'Nothing here', messageZh: '找不到该地址' },
  'invalid-body': { status: 400, message: 'The request body must be a JSON object', messageZh: '请求内容不是有效的 JSON 对象' },
  'body-too-large': { status: 413, message: 'The request body is too large', messageZh: '请求内容过大' },
  'service-unavailable': { status: 502, message: 'A service did not answer: try again in a moment', messageZh: '服务暂时不可用，请稍后重试' },
  'console-error': { status: 500, message: 'The console failed: try again in a moment', messageZh: '管理端出错，请稍后重试' },
} as const;

export type ConsoleErrorCode = keyof typeof CONSOLE_ERRORS;

export interface ConsoleErrorBody {
  statusCode: number;
  code: ConsoleErrorCode;
  message: string;
  messageZh: string;
}

export function consoleErrorBody(code: ConsoleErrorCode): ConsoleErrorBody {
  const { status, message, messageZh } = CONSOLE_ERRORS[code];
  return { statusCode: status, code, message, messageZh };
}

export class ConsoleError extends HttpException {
  constructor(readonly code: ConsoleErrorCode) {
    super(consoleErrorBody(code), CONSOLE_ERRORS[code].status);
  }
}
