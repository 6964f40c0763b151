import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** Below this many characters a password is refused before it is scored. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's 0–4: 3 is "safely unguessable" (about 10^8 guesses and more), enough behind the login throttle. */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** The dictionaries take a moment to load: once, at the first password scored. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
    translations: english.translations,
  });
  return estimator;
}

/**
 * Why a password is too weak to be set, or null. Scored with zxcvbn (common passwords, dictionary
 * words, names, dates, keyboard patterns, l33t substitutions), with the user's own name and username
 * counted as known words. The message names the field, so that it can be shown next to it.
 */
export function passwordWeakness(field: string, password: string, userInputs: readonly string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `${field} must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `${field} must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const result = strengthEstimator().check(password, userInputs.filter((input) => input.length > 0));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? 'it would be guessed quickly';
  const hint = result.feedback.suggestions[0] ?? 'use a longer password, e.g. a few unrelated words with a number';
  return `${field} is too easy to guess: ${lowerFirst(stripFullStop(why))}; ${lowerFirst(stripFullStop(hint))}`;
}

const stripFullStop = (text: string) => text.replace(/\.$/, '');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
