/**
 * Draws the app icon, `build/icon.png` (512×512 RGBA): three article columns side by side, offset
 * like layers in parallax, one passage row aligned across them. Written with zlib alone so it
 * needs no image tool and nothing downloaded: `node build/make-icon.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const size = 512;
/** Samples per pixel side: 4×4 supersampling gives smooth edges. */
const samples = 4;

type Rgb = readonly [number, number, number];

interface Shape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  radius: number;
  color: (y: number) => Rgb;
}

const solid = (color: Rgb) => (): Rgb => color;

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function inRoundedRect(shape: Shape, x: number, y: number): boolean {
  if (x < shape.x0 || x > shape.x1 || y < shape.y0 || y > shape.y1) return false;
  const cx = Math.min(Math.max(x, shape.x0 + shape.radius), shape.x1 - shape.radius);
  const cy = Math.min(Math.max(y, shape.y0 + shape.radius), shape.y1 - shape.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= shape.radius ** 2;
}

const paper: Rgb = [246, 243, 236];
const ink: Rgb = [196, 203, 215];
const amber: Rgb = [242, 169, 59];

function shapes(): Shape[] {
  const list: Shape[] = [
    {
      x0: 24,
      y0: 24,
      x1: 488,
      y1: 488,
      radius: 104,
      color: (y) => mix([41, 66, 107], [20, 33, 58], y / size),
    },
  ];
  const columnWidth = 104;
  const gap = 28;
  const left = (size - (3 * columnWidth + 2 * gap)) / 2;
  const offsets = [
    [136, 388],
    [100, 352],
    [168, 420],
  ] as const;
  const band = { y0: 236, y1: 270 };
  offsets.forEach(([top, bottom], index) => {
    const x0 = left + index * (columnWidth + gap);
    list.push({ x0, y0: top, x1: x0 + columnWidth, y1: bottom, radius: 14, color: solid(paper) });
    for (let line = 0, y = top + 22; y + 8 < bottom - 14; line++, y += 24) {
      if (y + 8 > band.y0 - 6 && y < band.y1 + 6) continue;
      // Every third line ends early, like the last line of a paragraph.
      const short = (line + index) % 3 === 2 ? 30 : 0;
      list.push({
        x0: x0 + 14,
        y0: y,
        x1: x0 + columnWidth - 14 - short,
        y1: y + 8,
        radius: 4,
        color: solid(ink),
      });
    }
  });
  list.push({
    x0: left - 14,
    y0: band.y0,
    x1: size - left + 14,
    y1: band.y1,
    radius: 10,
    color: solid(amber),
  });
  return list;
}

/** RGBA pixels, straight alpha, averaged over the supersamples. */
function render(): Uint8Array {
  const layers = shapes();
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          const top = layers.findLast((shape) => inRoundedRect(shape, x, y));
          if (!top) continue;
          const color = top.color(y);
          r += color[0];
          g += color[1];
          b += color[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[offset] = Math.round(r / covered);
      pixels[offset + 1] = Math.round(g / covered);
      pixels[offset + 2] = Math.round(b / covered);
      pixels[offset + 3] = Math.round((255 * covered) / samples ** 2);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, encodePng(render()));
console.log(`wrote ${out}`);
