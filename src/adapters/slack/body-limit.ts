/**
 * Bolt's HTTP receiver reads a request body of any size before verifying its signature. Refuse
 * oversized payloads first, from the declared length, so a forged flood never reaches the parser.
 * Slack's own payloads are a few kilobytes and always carry Content-Length.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '../../core/ports.js';

export const MAX_BODY_BYTES = 1024 * 1024;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function limitRequestBodies(server: Server, logger: Logger, maxBytes = MAX_BODY_BYTES): void {
  // Bolt registered its handler when it created the server; wrap it rather than run beside it.
  const handlers = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length']);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    if (hasBody && (!Number.isFinite(declared) || declared > maxBytes)) {
      const status = Number.isFinite(declared) ? 413 : 411;
      logger.warn({ src: 'slack', status, bytes: Number.isFinite(declared) ? declared : null }, 'request refused before parsing');
      res.writeHead(status, { connection: 'close' }).end();
      req.resume();
      return;
    }
    for (const h of handlers) h(req, res);
  });
}
