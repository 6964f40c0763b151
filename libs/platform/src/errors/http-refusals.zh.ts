/**
 * For a refusal nothing more is known of than its HTTP status (thrown by Nest itself, by a guard or
 * by code not yet given a named error): a stable code and a generic Chinese sentence per status.
 */
const BY_STATUS: Record<number, { code: string; zh: string }> = {
  400: { code: 'bad-request', zh: '请求内容不符合要求，请检查后重试' },
  401: { code: 'unauthenticated', zh: '请先登录，或登录已过期，请重新登录' },
  403: { code: 'forbidden', zh: '您没有权限进行此操作' },
  404: { code: 'not-found', zh: '未找到该记录，或您无权查看' },
  405: { code: 'method-not-allowed', zh: '不支持该请求方式' },
  406: { code: 'not-acceptable', zh: '无法按要求的格式答复' },
  408: { code: 'request-timeout', zh: '请求超时，请重试' },
  409: { code: 'conflict', zh: '该操作与当前状态冲突，请刷新后重试' },
  410: { code: 'gone', zh: '该记录已不存在' },
  412: { code: 'precondition-failed', zh: '记录已被他人修改，请刷新后重试' },
  413: { code: 'payload-too-large', zh: '上传的内容太大' },
  415: { code: 'unsupported-media-type', zh: '不支持该文件或内容类型' },
  422: { code: 'unprocessable', zh: '请求内容无法处理' },
  429: { code: 'too-many-requests', zh: '请求过于频繁，请稍后再试' },
  500: { code: 'internal-error', zh: '服务器内部错误，请稍后重试' },
  502: { code: 'bad-gateway', zh: '上游服务暂时不可用，请稍后重试' },
  503: { code: 'service-unavailable', zh: '服务暂时不可用，请稍后重试' },
  504: { code: 'gateway-timeout', zh: '上游服务响应超时，请稍后重试' },
};

export function refusalOfStatus(status: number): { code: string; zh: string } {
  return BY_STATUS[status] ?? (status < 500 ? BY_STATUS[400] : BY_STATUS[500]);
}
