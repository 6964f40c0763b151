import type { OpenAPIObject } from '@nestjs/swagger';

/** Marks an operation open without a token in the spec (set by @Public()). */
export const PUBLIC_OPERATION = 'x-public';

const ERROR_SCHEMA = 'ErrorResponse';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const refusals: Record<string, string> = {
  '400': 'Refused as invalid: the message names each field and why',
  '401': 'No access token, or one that is expired, forged, or of a session that has ended',
  '403': 'Not allowed: a role the route needs, or a target outside your subtree; the message says which',
  '404': 'No such item, or none you may see (the same answer either way)',
};

interface Operation {
  parameters?: { in?: string }[];
  requestBody?: unknown;
  responses: Record<string, { description?: string; content?: Record<string, unknown> }>;
  security?: unknown[];
  [extension: string]: unknown;
}

/**
 * Every refusal has one shape, and the spec says so: the error schema on every 4xx a route documents,
 * and the refusals every route can give even where it does not name them (400 with inputs, 401 and
 * 403 unless public, 404 with a path id). Public routes need no token. A client generated from the
 * spec then knows how each refusal reads.
 */
export function documentRefusals(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas[ERROR_SCHEMA] = {
    type: 'object',
    required: ['statusCode', 'code', 'message', 'messageZh'],
    properties: {
      statusCode: { type: 'integer', example: 400 },
      code: { type: 'string', description: 'Stable kebab-case name of the refusal, e.g. validation-failed, competition-not-found', example: 'validation-failed' },
      error: { type: 'string', example: 'Bad Request' },
      message: {
        description: 'Why, in English: one message per refused field, each naming its field, or one sentence',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      messageZh: { type: 'string', description: 'Why, in Chinese (zh-CN), as shown to people', example: '「decisionId」长度不能超过 100 个字符' },
      field: { type: 'string', description: 'The request field at fault, when one is', example: 'decisionId' },
      errors: {
        type: 'array',
        description: 'For a request that failed its rules: each field and constraint at fault',
        items: {
          type: 'object',
          required: ['field', 'code', 'message', 'messageZh'],
          properties: {
            field: { type: 'string', example: 'decisionId' },
            code: { type: 'string', description: 'The rule it failed', example: 'maxLength' },
            message: { type: 'string', example: 'decisionId must be shorter than or equal to 100 characters' },
            messageZh: { type: 'string', example: '「decisionId」长度不能超过 100 个字符' },
          },
        },
      },
    },
  };
  const content = { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const isPublic = operation[PUBLIC_OPERATION] === true;
      if (isPublic) operation.security = [];
      const statuses = new Set(Object.keys(operation.responses).filter((status) => status.startsWith('4')));
      if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody) statuses.add('400');
      if (!isPublic) ['401', '403'].forEach((status) => statuses.add(status));
      if (path.includes('{')) statuses.add('404');
      for (const status of statuses) {
        const response = (operation.responses[status] ??= { description: refusals[status] ?? 'Refused: the message says why' });
        response.content ??= content;
      }
    }
  }
  return document;
}
