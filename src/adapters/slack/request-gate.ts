/**
 * In front of Bolt's HTTP receiver. Bolt reads a request body of any size, checks only that a
 * signature is not too old (a timestamp from the future passes), and then reads fields of the
 * parsed body without checking it is an object (a signed `null` threw inside the receiver and
 * stopped the process). So, before Bolt sees anything:
 * 1. refuse oversized bodies from the declared length (413/411), so a flood never reaches a parser;
 * 2. verify the signature, with the same five-minute window both ways (401);
 * 3. parse as Bolt does and check the payload's shape (`payload-shape.ts`): anything else is 400.
 * The buffered body is handed on (`rawBody`), which Bolt uses instead of reading the stream again.
 * Slack's own payloads are a few kilobytes and always carry Content-Length.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { HTTPModuleFunctions, verifySlackRequest } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import { readCapped } from '../../core/read-capped.js';
import { payloadShape } from './payload-shape.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's window for a request's timestamp, applied both ways. */
export const MAX_SKEW_SECONDS = 5 * 60;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
type Buffered = IncomingMessage & { rawBody: Buffer };

export interface GateOptions {
  signingSecret: string;
  maxBytes?: number;
  now?: () => number;
}

/** Returns a reason to refuse with 401, or null when the signature holds. */
function signatureProblem(req: IncomingMessage, body: string, opts: GateOptions): string | null {
  const contentType = req.headers['content-type'];
  // Slack's SSL check carries no signature; Bolt strips anything else from such a request.
  if (contentType === 'application/x-www-form-urlencoded' && parseQuery(body)['ssl_check'] === '1') return null;
  const signature = req.headers['x-slack-signature'];
  const ts = Number(req.headers['x-slack-request-timestamp']);
  if (typeof signature !== 'string' || !Number.isInteger(ts)) return 'missing signature';
  const nowSec = Math.floor((opts.now ?? Date.now)() / 1000);
  if (Math.abs(nowSec - ts) > MAX_SKEW_SECONDS) return 'timestamp outside the window';
  try {
    verifySlackRequest({ signingSecret: opts.signingSecret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts } });
    return null;
  } catch {
    return 'signature mismatch';
  }
}

export function guardRequests(server: Server, logger: Logger, opts: GateOptions): void {
  const maxBytes = opts.maxBytes ?? MAX_BODY_BYTES;
  // Bolt registered its handler when it created the server; wrap it rather than run beside it.
  const handlers = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const refuse = (res: ServerResponse, status: number, msg: string, extra: Record<string, unknown> = {}) => {
    logger.warn({ src: 'slack', status, ...extra }, msg);
    if (!res.headersSent) res.writeHead(status, { connection: 'close' }).end();
  };
  const pass = (req: IncomingMessage, res: ServerResponse) => {
    for (const h of handlers) h(req, res);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    if (!hasBody) return pass(req, res);
    const declared = Number(req.headers['content-length']);
    if (!Number.isFinite(declared) || declared > maxBytes) {
      const status = Number.isFinite(declared) ? 413 : 411;
      refuse(res, status, 'request refused before parsing', { bytes: Number.isFinite(declared) ? declared : null });
      req.resume();
      return;
    }
    void (async () => {
      const raw = await readCapped(req, maxBytes).catch(() => null);
      if (raw === null) return refuse(res, 413, 'request refused before parsing', { bytes: declared });
      const text = raw.toString();
      const problem = signatureProblem(req, text, opts);
      if (problem) return refuse(res, 401, 'request signature refused', { reason: problem });
      const buffered = Object.assign(req, { rawBody: raw }) satisfies Buffered;
      let body: unknown;
      try {
        body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
      } catch {
        // V8's JSON error quotes the start of the input: never log it.
        return refuse(res, 400, 'Malformed request body (not JSON)');
      }
      const shape = payloadShape(body);
      if (!shape.ok) return refuse(res, 400, 'Malformed request body (shape)', { reason: shape.reason });
      pass(buffered, res);
    })().catch((err: unknown) => {
      logger.error({ src: 'slack', kind: err instanceof Error ? err.name : typeof err }, 'request gate failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}
