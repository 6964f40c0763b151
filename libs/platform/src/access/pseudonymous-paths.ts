/**
 * Routes whose ids could tie a person to a record they may have made themselves (a hazard report, whose
 * reporter is protected): what is kept about a request to them (its access-denied audit entry, its
 * request log line) keeps the route but not the ids.
 */
export const PSEUDONYMOUS_PATHS = Symbol('PSEUDONYMOUS_PATHS');

/** The path without its query and with every segment that holds a digit (an id, a number) as `{id}`. */
export function pathWithoutIds(url: string): string {
  const path = url.split('?')[0];
  return path
    .split('/')
    .map((segment) => (/\d/.test(segment) ? '{id}' : segment))
    .join('/');
}

/** The url as it may be kept: without ids when it is one of `patterns`' routes, as it is otherwise. */
export function keptPath(url: string, patterns: readonly RegExp[]): { path: string; pseudonymised: boolean } {
  const path = url.split('?')[0];
  return patterns.some((pattern) => pattern.test(path)) ? { path: pathWithoutIds(url), pseudonymised: true } : { path: url, pseudonymised: false };
}
