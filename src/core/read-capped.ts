/**
 * An inbound body read whole only while it stays within a size: past the cap the rest is
 * drained unread and the answer is null, so a flood never reaches a parser or fills memory.
 */
import type { Readable } from 'node:stream';

export function readCapped(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        resolve(null);
        stream.resume();
        return;
      }
      chunks.push(c);
    });
    stream.on('end', () => resolve(size > maxBytes ? null : Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
