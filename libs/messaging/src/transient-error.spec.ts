import { isTransientError } from './transient-error';

describe('isTransientError', () => {
  it.each([
    ['a connection refused by the database', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a lock timeout', Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' })],
    ['a statement timeout', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ['a deadlock', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
    ['an administrator shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['a pool closed by shutdown', new Error('Cannot use a pool after calling end on the pool')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a wrapped cause', Object.assign(new Error('query failed'), { cause: Object.assign(new Error('x'), { code: '08006' }) })],
  ])('calls %s transient', (_name, err) => {
    expect(isTransientError(err)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
    ['a check violation', Object.assign(new Error('new row violates check constraint'), { code: '23514' })],
    ['a bug in a handler', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing at all', undefined],
  ])('calls %s permanent', (_name, err) => {
    expect(isTransientError(err)).toBe(false);
  });
});
