import { Matches, MaxLength, MinLength } from 'class-validator';
import { applyDecorators } from '@nestjs/common';

/**
 * At least 8 characters with a letter and a digit. Length matters more than composition, and a
 * cadre typing on a phone must still be able to enter it; the lockout stops online guessing.
 */
export const IsAcceptablePassword = (field = 'password') =>
  applyDecorators(
    MinLength(8, { message: `${field} must be at least 8 characters` }),
    MaxLength(128, { message: `${field} must be at most 128 characters` }),
    Matches(/[A-Za-z]/, { message: `${field} must contain a letter` }),
    Matches(/\d/, { message: `${field} must contain a digit` }),
  );
