/**
 * Slack's checks in front of Bolt's HTTP receiver (the shared gate, `../http-gate.ts`, bounds the
 * body first). Bolt checks only that a signature is not too old (a timestamp from the future
 * passes), and then reads fields of the parsed body without checking it is an object (a signed
 * `null` threw inside the receiver and stopped the process). So, before Bolt sees anything:
 * 1. verify the signature, with the same five-minute window both ways (401);
 * 2. parse as Bolt does and check the payload's shape (`payload-shape.ts`): anything else is 400.
 * Slack's own payloads are a few kilobytes and always carry Content-Length.
 */
import type { IncomingMessage, Server } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { HTTPModuleFunctions, verifySlackRequest } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import { gateRequests, type BufferedRequest, type Refusal } from '../http-gate.js';
import { payloadShape } from './payload-shape.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's window for a request's timestamp, applied both ways. */
export const MAX_SKEW_SECONDS = 5 * 60;

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

function slackCheck(req: BufferedRequest, opts: GateOptions): Refusal | null {
  const problem = signatureProblem(req, req.rawBody.toString(), opts);
  if (problem) return { status: 401, msg: 'request signature refused', fields: { reason: problem } };
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    // V8's JSON error quotes the start of the input: never log it.
    return { status: 400, msg: 'Malformed request body (not JSON)' };
  }
  const shape = payloadShape(body);
  return shape.ok ? null : { status: 400, msg: 'Malformed request body (shape)', fields: { reason: shape.reason } };
}

export function guardRequests(server: Server, logger: Logger, opts: GateOptions): void {
  gateRequests(server, logger, { src: 'slack', maxBytes: opts.maxBytes ?? MAX_BODY_BYTES, check: (req) => slackCheck(req, opts) });
}
