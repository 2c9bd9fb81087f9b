// Draws the app and tray icons (a rounded square with a clock) straight into PNG files, so the
// repository needs no image editor and no image library: shapes are signed-distance functions,
// anti-aliased by supersampling, and the PNG is written by hand with node:zlib.
// Usage: node scripts/make-icons.mjs  → build/icon.png (512), build/tray-icon.png (16), build/tray-icon@2x.png (32)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (Uint8Array, width*height*4) → PNG bytes. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Signed distances in unit space (the icon spans -0.5..0.5); negative means inside.
const roundedSquare = (x, y, half, r) => {
  const qx = Math.abs(x) - (half - r);
  const qy = Math.abs(y) - (half - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const ring = (x, y, radius, width) => Math.abs(Math.hypot(x, y) - radius) - width / 2;
const segment = (x, y, ax, ay, bx, by, width) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - width / 2;
};

/** `bold` thickens the strokes for tiny tray sizes, where a thin ring would vanish. */
function drawIcon(size, { bold = false, margin = 0.03 } = {}) {
  const half = 0.5 - margin;
  const stroke = bold ? 0.1 : 0.06;
  const handStroke = bold ? 0.075 : 0.06;
  const clockR = bold ? 0.27 : 0.29;
  const hour = bold ? 0.1 : 0.14;
  const minute = bold ? 0.15 : 0.16;
  const angle = (Math.PI / 180) * 60; // hour hand towards two o'clock
  const top = [0x3b, 0x82, 0xf6];
  const bottom = [0x1e, 0x3a, 0x8a];
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size - 0.5;
          const y = (py + (sy + 0.5) / samples) / size - 0.5;
          if (roundedSquare(x, y, half, 0.22 * half * 2) >= 0) continue;
          bg++;
          const d = Math.min(
            ring(x, y, clockR, stroke),
            segment(x, y, 0, 0, 0, -minute, handStroke),
            segment(x, y, 0, 0, Math.sin(angle) * hour, -Math.cos(angle) * hour, handStroke),
            ...(bold ? [] : [0, 90, 180, 270].map((deg) => {
              const a = (Math.PI / 180) * deg;
              const r1 = clockR - 0.065;
              const r2 = clockR - 0.04;
              return segment(x, y, Math.sin(a) * r1, -Math.cos(a) * r1, Math.sin(a) * r2, -Math.cos(a) * r2, 0.03);
            })),
          );
          if (d < 0) glyph++;
        }
      }
      const n = samples * samples;
      const t = py / Math.max(1, size - 1);
      const base = top.map((c, i) => c + (bottom[i] - c) * t);
      const g = bg ? glyph / bg : 0;
      const color = base.map((c) => Math.round(c + (255 - c) * g));
      const i = (py * size + px) * 4;
      rgba[i] = color[0];
      rgba[i + 1] = color[1];
      rgba[i + 2] = color[2];
      rgba[i + 3] = Math.round((bg / n) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const out = fileURLToPath(new URL('../build/', import.meta.url));
mkdirSync(out, { recursive: true });
const files = {
  'icon.png': drawIcon(512),
  'tray-icon.png': drawIcon(16, { bold: true, margin: 0 }),
  'tray-icon@2x.png': drawIcon(32, { bold: true, margin: 0 }),
};
for (const [name, png] of Object.entries(files)) {
  writeFileSync(path.join(out, name), png);
  console.log(`wrote build/${name} (${png.length} bytes)`);
}
