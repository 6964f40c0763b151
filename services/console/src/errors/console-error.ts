import { HttpException } from '@nestjs/common';

/**
 * The refusals the console gives itself (those of the services pass through untouched), each with a
 * Chinese message for the user and an English one for whoever reads the logs or the network panel.
 */
export const CONSOLE_ERRORS = {
  'session-required': { status: 401, message: '请先登录', messageEn: 'Please log in' },
  'csrf-token-invalid': { status: 403, message: '请求校验失败，请刷新页面后重试', messageEn: 'The request check failed: reload the page and try again' },
  'not-found': { status: 404, message: '找不到该地址', messageEn: 'Nothing here' },
  'invalid-body': { status: 400, message: '请求内容不是有效的 JSON 对象', messageEn: 'The request body must be a JSON object' },
  'body-too-large': { status: 413, message: '请求内容过大', messageEn: 'The request body is too large' },
  'service-unavailable': { status: 502, message: '服务暂时不可用，请稍后重试', messageEn: 'A service did not answer: try again in a moment' },
  'console-error': { status: 500, message: '管理端出错，请稍后重试', messageEn: 'The console failed: try again in a moment' },
} as const;

export type ConsoleErrorCode = keyof typeof CONSOLE_ERRORS;

export interface ConsoleErrorBody {
  statusCode: number;
  code: ConsoleErrorCode;
  message: string;
  messageEn: string;
}

export function consoleErrorBody(code: ConsoleErrorCode): ConsoleErrorBody {
  const { status, message, messageEn } = CONSOLE_ERRORS[code];
  return { statusCode: status, code, message, messageEn };
}

export class ConsoleError extends HttpException {
  constructor(readonly code: ConsoleErrorCode) {
    super(consoleErrorBody(code), CONSOLE_ERRORS[code].status);
  }
}
