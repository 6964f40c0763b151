import { ValidateBy, ValidationArguments } from 'class-validator';
import { MIN_PASSWORD_LENGTH, passwordWeakness } from '@lc/auth';

/** What the API docs say of a password field. */
export const PASSWORD_RULE = `At least ${MIN_PASSWORD_LENGTH} characters, and not easy to guess (zxcvbn score 3 or more): no common passwords, names, dates or keyboard patterns`;

/**
 * A password strong enough to set: long enough and not easy to guess, scored with zxcvbn against
 * common passwords and words, with the request's username and display name counted as known words.
 * Refused with 400 naming the field and why. Length matters more than composition: a cadre typing
 * on a phone can still enter a few unrelated words.
 */
export const IsAcceptablePassword = (field = 'password') =>
  ValidateBy({
    name: 'isAcceptablePassword',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => typeof value === 'string' && passwordWeakness(field, value, userInputsOf(args)) === null,
      defaultMessage: (args?: ValidationArguments) =>
        typeof args?.value === 'string' ? (passwordWeakness(field, args.value, userInputsOf(args)) ?? '') : `${field} must be a string`,
    },
  });

function userInputsOf(args?: ValidationArguments): string[] {
  const object = (args?.object ?? {}) as Record<string, unknown>;
  return [object.username, object.displayName].filter((v): v is string => typeof v === 'string');
}
