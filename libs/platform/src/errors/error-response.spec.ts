import { BadRequestException, ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { OrgMoveCycleError } from '@lc/org';
import { TooManyRequests } from '../http/too-many-requests';
import { NotFound } from './domain-error';
import { errorAnswerOf } from './error-response';
import { ValidationFailed } from './validation-failed';

class CompetitionNotFound extends NotFound {
  readonly code = 'competition-not-found';
  constructor(id: string) {
    super({ en: `id: there is no competition '${id}'`, zh: `未找到竞赛「${id}」`, field: 'id' });
  }
}

describe('the answer for an error reaching the HTTP edge', () => {
  it('gives a domain error its kind’s status, its code, both messages and its field', () => {
    expect(errorAnswerOf(new CompetitionNotFound('c-1'))).toEqual({
      status: 404,
      headers: {},
      body: { statusCode: 404, code: 'competition-not-found', error: 'Not Found', message: "id: there is no competition 'c-1'", messageZh: '未找到竞赛「c-1」', field: 'id' },
    });
  });

  it('answers an org-tree rule refusal 400 with its code and both messages', () => {
    expect(errorAnswerOf(new OrgMoveCycleError('town-1 cannot be moved under itself', 'town-1 不能移到自己下面'))?.body).toEqual({
      statusCode: 400,
      code: 'org-move-cycle',
      error: 'Bad Request',
      message: 'town-1 cannot be moved under itself',
      messageZh: 'town-1 不能移到自己下面',
    });
  });

  it('answers a validation failure 400 with Nest’s English list and one entry per field and constraint', () => {
    const failed = new ValidationFailed(
      ['decisionId must be shorter than or equal to 100 characters'],
      [{ field: 'decisionId', code: 'maxLength', message: 'decisionId must be shorter than or equal to 100 characters', messageZh: '「decisionId」长度不能超过 100 个字符' }],
    );
    expect(errorAnswerOf(failed)?.body).toEqual({
      statusCode: 400,
      code: 'validation-failed',
      error: 'Bad Request',
      message: ['decisionId must be shorter than or equal to 100 characters'],
      messageZh: '「decisionId」长度不能超过 100 个字符',
      field: 'decisionId',
      errors: failed.errors,
    });
  });

  it('sends the seconds to wait of a 429 as Retry-After and keeps them in the body', () => {
    const answer = errorAnswerOf(new TooManyRequests({ en: 'slow down', zh: '请稍后再试' }, 90.2));
    expect(answer).toMatchObject({ status: 429, headers: { 'retry-after': '91' }, body: { code: 'too-many-requests', retryAfterSeconds: 90.2 } });
  });

  it('gives an HTTP exception not yet named a code from its status, a generic Chinese message, and the field its message starts with', () => {
    expect(errorAnswerOf(new BadRequestException("unitId: there is no org unit 'x'"))?.body).toEqual({
      statusCode: 400,
      code: 'bad-request',
      error: 'Bad Request',
      message: "unitId: there is no org unit 'x'",
      messageZh: '请求内容不符合要求，请检查后重试',
      field: 'unitId',
    });
    expect(errorAnswerOf(new ForbiddenException('your roles are read-only'))?.body).toMatchObject({ code: 'forbidden', messageZh: '您没有权限进行此操作' });
    expect(errorAnswerOf(new NotFoundException())?.body).toMatchObject({ statusCode: 404, code: 'not-found', message: 'Not Found', messageZh: '未找到该记录，或您无权查看' });
    expect(errorAnswerOf(new NotFoundException())?.body.field).toBeUndefined();
  });

  it('keeps the extra fields an HTTP exception’s body carries (e.g. the problems of an import)', () => {
    const problems = [{ row: 2, column: 'name', message: 'name is empty' }];
    const answer = errorAnswerOf(new BadRequestException({ statusCode: 400, message: 'the file has 1 problem; nothing was imported', problems }));
    expect(answer?.body).toMatchObject({ code: 'bad-request', message: 'the file has 1 problem; nothing was imported', problems });
    expect(errorAnswerOf(new HttpException({ message: 'x', code: 'own-code', messageZh: '自己的' }, 409))?.body).toMatchObject({ code: 'own-code', messageZh: '自己的' });
  });

  it('answers a database that cannot serve the request just now 503 with Retry-After, saying why by SQLSTATE', () => {
    const lockTimeout = Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
    expect(errorAnswerOf(lockTimeout)).toEqual({
      status: 503,
      headers: { 'retry-after': '1' },
      body: {
        statusCode: 503,
        code: 'record-busy',
        error: 'Service Unavailable',
        message: 'the record is being changed by another request and was not free in time; try again in a moment',
        messageZh: '该记录正被其他请求修改，请稍后再试',
      },
    });
  });

  it('answers text the database cannot hold (a NUL character) 400, as the request’s fault', () => {
    const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { driverError: { code: '22021' } });
    expect(errorAnswerOf(nul)).toMatchObject({ status: 400, body: { statusCode: 400, code: 'invalid-text', messageZh: expect.stringContaining('无法保存的字符') } });
  });

  it('answers an HTTP-layer 4xx (a body that is not JSON) in the shape, and leaves a fault of the service to Nest', () => {
    const unparsable = Object.assign(new SyntaxError('Unexpected token } in JSON at position 9'), { statusCode: 400, expose: true });
    expect(errorAnswerOf(unparsable)?.body).toMatchObject({ statusCode: 400, code: 'bad-request', message: 'Unexpected token } in JSON at position 9' });
    expect(errorAnswerOf(new TypeError('cannot read properties of undefined'))).toBeUndefined();
  });
});
