import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/security/safe-log.js';

describe('errorCodes (what an adapter logs of an SDK error)', () => {
  it('keeps the name, a code and an HTTP status, never the message', () => {
    const e = Object.assign(new Error('Theo would not go in today'), { code: 50007, status: 403 });
    expect(errorCodes(e)).toEqual({ err: 'Error', code: 50007, status: 403 });
    expect(JSON.stringify(errorCodes(e))).not.toContain('Theo');
    expect(errorCodes('Theo')).toEqual({ err: 'string' });
  });
});
