import { registerDecorator, ValidationOptions } from 'class-validator';

/** Something written: not missing, not empty, and for text, not only spaces (a reason of "   " says nothing). */
export function isNotBlank(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}

/**
 * `@IsNotEmpty()` for what people write: an opinion, a reason or an objection made only of spaces is
 * refused with 400 naming the field, like an empty one.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must not be empty or only spaces`, ...options },
      validator: { validate: isNotBlank },
    });
}
