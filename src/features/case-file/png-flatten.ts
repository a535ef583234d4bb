/**
 * Flattens a PNG with an alpha channel onto white, synchronously.
 *
 * Why: pdfkit decodes a PNG's alpha channel with an asynchronous zlib call, so a document with
 * a transparent PNG only finishes on a later tick; the engine builds the evidence packet inside
 * a turn's synchronous transaction. An opaque RGB PNG is embedded as it is (no decoding), so the
 * whole PDF is produced at once. Handles what our charts are (8-bit, not interlaced); returns
 * null for anything else, and the packet then goes without the picture.
 */
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The PNG as an opaque RGB PNG; the input itself when it has no alpha; null when unsupported. */
export function flattenPng(png: Uint8Array): Uint8Array | null {
  const buf = Buffer.from(png);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) return null;
  let width = 0;
  let height = 0;
  let depth = 0;
  let color = -1;
  let interlace = 0;
  let hasTrns = false;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8] ?? 0;
      color = data[9] ?? -1;
      interlace = data[12] ?? 0;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'tRNS') hasTrns = true;
    else if (type === 'IEND') break;
    at += 12 + len;
  }
  const channels = CHANNELS[color];
  if (!channels || depth !== 8 || interlace !== 0 || width === 0 || height === 0) return null;
  if ((color === 0 || color === 2) && !hasTrns) return png; // already opaque
  if (hasTrns) return null;

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) return null;
  const out = Buffer.alloc(height * (width * 3 + 1));
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const x = line[i] ?? 0;
      const a = i >= channels ? (cur[i - channels] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const v = filter === 1 ? x + a : filter === 2 ? x + b : filter === 3 ? x + ((a + b) >> 1) : filter === 4 ? x + paeth(a, b, c) : x;
      cur[i] = v & 0xff;
    }
    const o = y * (width * 3 + 1);
    out[o] = 0; // filter: none
    for (let px = 0; px < width; px++) {
      const s = px * channels;
      const gray = channels <= 2;
      const alpha = channels === 2 || channels === 4 ? (cur[s + channels - 1] ?? 255) : 255;
      for (let k = 0; k < 3; k++) {
        const v = cur[s + (gray ? 0 : k)] ?? 0;
        out[o + 1 + px * 3 + k] = Math.round((v * alpha + 255 * (255 - alpha)) / 255);
      }
    }
    prev = cur;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2; // RGB
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(out)), chunk('IEND', new Uint8Array(0))]));
}

/** Width and height from a PNG header (for layout), or null. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const buf = Buffer.from(png);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(SIGNATURE)) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
