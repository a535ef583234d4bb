/**
 * The shared HTTP gate on a plain node:http server: bodies refused from their declared length
 * before anything reads them, the platform's check deciding the rest, and what passes handed on
 * with the bytes already read.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gateRequests, type BufferedRequest, type Refusal } from '../../src/adapters/http-gate.js';
import type { Logger } from '../../src/core/ports.js';

type Line = { level: string; fields: object; msg: string };
let lines: Line[];
const logger: Logger = {
  debug: () => {},
  info: () => {},
  warn: (fields, msg) => void lines.push({ level: 'warn', fields, msg: msg ?? '' }),
  error: (fields, msg) => void lines.push({ level: 'error', fields, msg: msg ?? '' }),
};

let server: Server;
let seen: { method: string; rawBody: string | null }[];
let check: (req: BufferedRequest) => Refusal | null;

beforeEach(async () => {
  lines = [];
  seen = [];
  check = () => null;
  server = createServer((req: IncomingMessage & { rawBody?: Buffer }, res) => {
    seen.push({ method: req.method ?? '', rawBody: req.rawBody ? req.rawBody.toString() : null });
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  gateRequests(server, logger, { src: 'test', maxBytes: 16, check: (req) => check(req) });
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
});

function send(method: string, body?: string, headers: Record<string, string> = {}): Promise<number> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: '/', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('gateRequests', () => {
  it('hands a body within the cap to the check, then to the listener with the bytes read', async () => {
    let checked = '';
    check = (req) => {
      checked = req.rawBody.toString();
      return null;
    };
    expect(await send('POST', '{"a":1}', { 'content-length': '7' })).toBe(200);
    expect(checked).toBe('{"a":1}');
    expect(seen).toEqual([{ method: 'POST', rawBody: '{"a":1}' }]);
  });

  it('refuses a body declared over the cap (413) or not declared (411) without reading it', async () => {
    let checks = 0;
    check = () => {
      checks += 1;
      return null;
    };
    expect(await send('POST', 'x'.repeat(17), { 'content-length': '17' })).toBe(413);
    expect(await send('POST', 'abc', { 'transfer-encoding': 'chunked' })).toBe(411);
    expect(checks).toBe(0);
    expect(seen).toHaveLength(0);
    expect(lines.map((l) => l.fields)).toEqual([
      { src: 'test', status: 413, bytes: 17 },
      { src: 'test', status: 411, bytes: null },
    ]);
  });

  it('answers with the check’s refusal and logs its reason, never the body', async () => {
    check = () => ({ status: 401, msg: 'refused', fields: { reason: 'bad signature' } });
    expect(await send('POST', 'my son', { 'content-length': '6' })).toBe(401);
    expect(seen).toHaveLength(0);
    expect(lines).toEqual([{ level: 'warn', fields: { src: 'test', status: 401, reason: 'bad signature' }, msg: 'refused' }]);
    expect(JSON.stringify(lines)).not.toContain('my son');
  });

  it('lets GET through untouched', async () => {
    check = () => ({ status: 400, msg: 'never for a GET' });
    expect(await send('GET')).toBe(200);
    expect(seen).toEqual([{ method: 'GET', rawBody: null }]);
  });

  it('answers 500 when the check throws, and keeps serving', async () => {
    check = () => {
      throw new TypeError('boom');
    };
    expect(await send('POST', 'abc', { 'content-length': '3' })).toBe(500);
    expect(lines.at(-1)).toMatchObject({ level: 'error', fields: { src: 'test', kind: 'TypeError' } });
    check = () => null;
    expect(await send('POST', 'abc', { 'content-length': '3' })).toBe(200);
  });
});
