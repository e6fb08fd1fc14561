/** Reading PNGs in tests: the file's header as written, and its pixels decoded by a PNG decoder that is not the renderer. */
import { decode } from 'fast-png';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG signature and the IHDR chunk's width and height, read from the bytes. */
export function pngHeader(png: Uint8Array): { signature: boolean; width: number; height: number } {
  const b = Buffer.from(png);
  return {
    signature: b.subarray(0, 8).equals(SIGNATURE) && b.subarray(12, 16).toString('latin1') === 'IHDR',
    width: b.readUInt32BE(16),
    height: b.readUInt32BE(20),
  };
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel. */
  rgba: Uint8Array;
}

export function pixels(png: Uint8Array): Pixels {
  const img = decode(png);
  if (img.depth !== 8 || img.channels !== 4) throw new Error(`expected 8-bit RGBA, got ${img.depth}-bit with ${img.channels} channels`);
  return { width: img.width, height: img.height, rgba: Uint8Array.from(img.data as Uint8Array) };
}

/** How many distinct colours the picture has: a blank or flat one has one or two. */
export function colourCount(p: Pixels): number {
  const seen = new Set<number>();
  for (let i = 0; i < p.rgba.length; i += 4) seen.add(((p.rgba[i]! << 24) | (p.rgba[i + 1]! << 16) | (p.rgba[i + 2]! << 8) | p.rgba[i + 3]!) >>> 0);
  return seen.size;
}

/** Share of pixels in a rectangle that differ from its top-left pixel: text drawn there makes it non-zero. */
export function inkShare(p: Pixels, x0: number, y0: number, w: number, h: number): number {
  const at = (x: number, y: number) => (y * p.width + x) * 4;
  const bg = at(x0, y0);
  let ink = 0;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = at(x, y);
      if (Math.abs(p.rgba[i]! - p.rgba[bg]!) + Math.abs(p.rgba[i + 1]! - p.rgba[bg + 1]!) + Math.abs(p.rgba[i + 2]! - p.rgba[bg + 2]!) > 60) ink++;
    }
  }
  return ink / (w * h);
}

/**
 * Compares two pictures tolerating anti-aliasing: a pixel differs when any channel is off by more
 * than `tolerance`; returns the share of differing pixels (1 when the sizes differ).
 */
export function differingShare(a: Pixels, b: Pixels, tolerance: number): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let off = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(a.rgba[i + c]! - b.rgba[i + c]!) > tolerance) {
        off++;
        break;
      }
    }
  }
  return off / (a.width * a.height);
}
