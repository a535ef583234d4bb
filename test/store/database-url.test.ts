/** NEXTSTEP_DATABASE_URL: validated at start-up, and its password never repeated. */
import { describe, expect, it } from 'vitest';
import { ConfigError, describeDatabaseUrl, loadConfig } from '../../src/config.js';

describe('NEXTSTEP_DATABASE_URL', () => {
  it('is optional: SQLite stays the default', () => {
    expect(loadConfig({}).NEXTSTEP_DATABASE_URL).toBeUndefined();
    expect(loadConfig({ NEXTSTEP_DATABASE_URL: '' }).NEXTSTEP_DATABASE_URL).toBeUndefined();
  });

  it('takes a postgres:// or postgresql:// URL', () => {
    expect(loadConfig({ NEXTSTEP_DATABASE_URL: 'postgres://bot:s3cret@db.example.org:5432/nextstep' }).NEXTSTEP_DATABASE_URL).toContain('db.example.org');
    expect(loadConfig({ NEXTSTEP_DATABASE_URL: 'postgresql://bot:s3cret@localhost/nextstep' }).NEXTSTEP_DATABASE_URL).toContain('localhost');
  });

  it('refuses anything else, naming the variable and not repeating the password', () => {
    for (const bad of ['mysql://bot:s3cret@db/nextstep', 'not a url s3cret']) {
      let message = '';
      try {
        loadConfig({ NEXTSTEP_DATABASE_URL: bad });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        message = (err as Error).message;
      }
      expect(message).toContain('NEXTSTEP_DATABASE_URL');
      expect(message).not.toContain('s3cret');
    }
  });

  it('is described in logs by host and database only', () => {
    const d = describeDatabaseUrl('postgres://bot:s3cret@db.example.org:5432/nextstep');
    expect(d).toEqual({ host: 'db.example.org:5432', database: 'nextstep' });
    expect(JSON.stringify(d)).not.toMatch(/s3cret|bot/);
  });
});
