import { OpenApiSchemaCheck, undeclaredObjects } from './openapi-schema-check';

/** A spec of one route answering an item with a nullable nested object, a nullable enum and a free map. */
const spec = {
  paths: {
    '/items/{id}': { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } } } } },
  },
  components: {
    schemas: {
      Item: {
        type: 'object',
        required: ['id', 'grade', 'owner', 'scores'],
        properties: {
          id: { type: 'string' },
          grade: { type: 'string', enum: ['general', 'major'], nullable: true },
          owner: { type: 'object', nullable: true, allOf: [{ $ref: '#/components/schemas/Owner' }] },
          scores: { type: 'object', additionalProperties: { type: 'string' } },
          note: { type: 'string' },
        },
      },
      Owner: { type: 'object', required: ['userId'], properties: { userId: { type: 'string' } } },
      Loose: { type: 'object', properties: { inner: { type: 'object' } } },
    },
  },
};

const check = new OpenApiSchemaCheck(spec);
const problemsOf = (body: unknown) => check.problems('GET', '/items/{id}', 200, body);
const valid = { id: 'a', grade: 'major', owner: { userId: 'u' }, scores: { practice: '61.50' } };

describe('checking a real answer against the spec', () => {
  it('accepts an answer as documented, with null where the spec allows it', () => {
    expect(problemsOf(valid)).toEqual([]);
    expect(problemsOf({ ...valid, grade: null, owner: null })).toEqual([]);
  });

  it('names a documented field that is missing, of another type or outside its enum', () => {
    const withoutOwner: Record<string, unknown> = { ...valid };
    delete withoutOwner.owner;
    expect(problemsOf(withoutOwner)).toEqual([expect.stringContaining("should have required property 'owner'")]);
    expect(problemsOf({ ...valid, scores: { practice: 61.5 } })).toEqual([expect.stringContaining(".scores['practice'] should be string")]);
    expect(problemsOf({ ...valid, grade: 'minor' })).toEqual(expect.arrayContaining([expect.stringContaining('.grade should be equal to one of the allowed values')]));
  });

  it('names a field the answer has but the spec does not, at any depth', () => {
    expect(problemsOf({ ...valid, secret: 1 })).toEqual([expect.stringContaining("should NOT have additional properties 'secret'")]);
    expect(problemsOf({ ...valid, owner: { userId: 'u', phone: '139' } })).toEqual(expect.arrayContaining([expect.stringContaining("'phone'")]));
  });

  it('says when the spec documents no JSON answer for the status', () => {
    expect(check.problems('GET', '/items/{id}', 201, valid)).toEqual(['GET /items/{id} 201: the spec documents no JSON answer']);
  });
});

describe('finding objects the spec leaves without their fields', () => {
  it('follows references and names each object without properties, a map of values or a composition', () => {
    expect(undeclaredObjects(spec, { $ref: '#/components/schemas/Item' }, 'answer')).toEqual([]);
    expect(undeclaredObjects(spec, { $ref: '#/components/schemas/Loose' }, 'answer')).toEqual(['Loose.inner']);
    expect(undeclaredObjects(spec, { type: 'array', items: { type: 'object' } }, 'answer')).toEqual(['answer[]']);
  });
});
