import Ajv from 'ajv';
import { Json } from '@lc/testing';

/**
 * Checks real answers against a service's OpenAPI spec, the way a client generated from it reads them.
 * OpenAPI 3.0 schemas are JSON Schema with a twist (`nullable`), so each is translated first; and every
 * object that declares its properties is closed (no others allowed), so that a field the route answers
 * but the spec does not name fails as surely as a named field that is missing or of another type.
 */
export class OpenApiSchemaCheck {
  private readonly ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore' });
  private readonly validators = new Map<string, Ajv.ValidateFunction>();
  private readonly definitions: Record<string, Json>;

  constructor(private readonly spec: Json) {
    this.definitions = Object.fromEntries(Object.entries(spec.components.schemas as Record<string, Json>).map(([name, schema]) => [name, asJsonSchema(schema)]));
  }

  /** The problems of `body` as the answer `status` of `method path` (the path as the spec writes it); empty when it matches. */
  problems(method: string, path: string, status: number, body: unknown): string[] {
    const key = `${method.toUpperCase()} ${path} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const schema = this.spec.paths[path]?.[method.toLowerCase()]?.responses?.[String(status)]?.content?.['application/json']?.schema;
      if (!schema) return [`${key}: the spec documents no JSON answer`];
      validate = this.ajv.compile({ ...asJsonSchema(schema), definitions: this.definitions });
      this.validators.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${key}: ${e.dataPath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` '${e.params.additionalProperty}'` : ''}`);
  }
}

/** The OpenAPI 3.0 schema as JSON Schema (draft 7): refs to definitions, nullable as a null alternative, objects closed. */
function asJsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(asJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, $ref, ...rest } = schema;
  if ($ref) {
    const ref = { $ref: String($ref).replace('#/components/schemas/', '#/definitions/') };
    return nullable ? { anyOf: [ref, { type: 'null' }] } : ref;
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value as Record<string, Json>).map(([name, s]) => [name, asJsonSchema(s)]));
    else if (key === 'example' || key === 'discriminator') continue;
    else out[key] = typeof value === 'object' ? asJsonSchema(value) : value;
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

/** Where `value` (a schema of the spec) leaves an object without saying what it holds. */
export function undeclaredObjects(spec: Json, schema: Json, where: string, seen = new Set<string>()): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop() as string;
    if (seen.has(name)) return [];
    seen.add(name);
    return undeclaredObjects(spec, spec.components.schemas[name], name, seen);
  }
  const found: string[] = [];
  const composed = ['allOf', 'anyOf', 'oneOf'].some((key) => Array.isArray(schema[key]));
  if (schema.type === 'object' && !schema.properties && !schema.additionalProperties && !composed) found.push(where);
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) found.push(...undeclaredObjects(spec, property, `${where}.${name}`, seen));
  if (schema.items) found.push(...undeclaredObjects(spec, schema.items, `${where}[]`, seen));
  if (typeof schema.additionalProperties === 'object') found.push(...undeclaredObjects(spec, schema.additionalProperties, `${where}{}`, seen));
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const part of schema[key] ?? []) found.push(...undeclaredObjects(spec, part, where, seen));
  return found;
}
