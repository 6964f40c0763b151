import { ApiPropertyOptions } from '@nestjs/swagger';

/**
 * A property that holds any JSON value (an object of any fields, a list, a scalar or null), e.g. an
 * audit entry's before and after, each in its own entity's shape: what a client must not assume more of.
 */
export function anyJson(description: string, options: { required?: boolean } = {}): ApiPropertyOptions {
  return {
    description,
    required: options.required ?? true,
    nullable: true,
    anyOf: [{ type: 'object', additionalProperties: true }, { type: 'array', items: {} }, { type: 'string' }, { type: 'number' }, { type: 'boolean' }],
  } as ApiPropertyOptions;
}
