import { describe, expect, it } from 'vitest';
import { blankFields, fieldErrorsOf, formErrorOf } from './useAccountAction';

describe('blankFields', () => {
  it('names the required fields left blank', () => {
    expect(
      blankFields({ email: ' ', password: 'x' }, { email: 'Enter your email.', password: 'Enter your password.' }),
    ).toEqual({
      email: ['Enter your email.'],
    });
  });
});

describe('fieldErrorsOf', () => {
  it('puts Cognito’s message on its field', () => {
    expect(fieldErrorsOf({}, { name: 'CodeMismatchException', field: 'code', message: 'Wrong code' })).toEqual({
      code: ['Wrong code'],
    });
  });

  it('shows blank fields rather than an older Cognito message', () => {
    expect(fieldErrorsOf({ email: ['Enter your email.'] }, { name: 'X', field: 'code', message: 'Old' })).toEqual({
      email: ['Enter your email.'],
    });
  });

  it('has nothing for a form-wide failure', () => {
    expect(fieldErrorsOf({}, { name: 'NotAuthorizedException', message: 'Incorrect username or password.' })).toEqual(
      {},
    );
  });
});

describe('formErrorOf', () => {
  const wrongCode = { name: 'CodeMismatchException', field: 'code' as const, message: 'Wrong code' };

  it('leaves a field’s message to the field', () => {
    expect(formErrorOf({}, wrongCode, ['code'])).toBeNull();
  });

  it('shows the message above the form when its field is not on the form', () => {
    expect(formErrorOf({}, { ...wrongCode, field: 'email' }, ['code', 'newPassword'])).toBe('Wrong code');
  });

  it('shows a form-wide failure', () => {
    expect(formErrorOf({}, { name: 'LimitExceededException', message: 'Slow down' }, ['email'])).toBe('Slow down');
  });

  it('says nothing while blank fields are pointed out', () => {
    expect(formErrorOf({ email: ['Enter your email.'] }, { name: 'X', message: 'Old' }, ['email'])).toBeNull();
  });
});
