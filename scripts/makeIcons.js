#!/usr/bin/env node
// Draws the add-in icons (a white checkmark on a rounded square in Fluent brand
// blue #0F6CBD) and writes them to assets/ as PNG files. Plain Node: the only
// library used is zlib, for the PNG's deflate stream.
//
//   node scripts/makeIcons.js
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 subsamples per pixel for anti-aliasing

// Checkmark polyline and stroke width, in units of the icon's side (0..1).
const CHECK = [
  [0.27, 0.52],
  [0.43, 0.68],
  [0.74, 0.35],
];
const STROKE = 0.11;

/** Distance from point p to the segment a–b. */
function segmentDistance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Is point (x, y) inside the square [0,1]² with corners rounded to radius r? */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

function inCheck(x, y) {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    if (segmentDistance([x, y], CHECK[i], CHECK[i + 1]) <= STROKE / 2) return true;
  }
  return false;
}

/** RGBA pixels of the icon at size×size. */
function drawIcon(size, cornerRadius) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y, cornerRadius)) continue;
          square++;
          if (inCheck(x, y)) check++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = square / n;
      const w = square ? check / square : 0; // share of white within the covered area
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Each size is the one its manifest element requires (docs/office-api.md §10): IconUrl 32 and
// HighResolutionIconUrl 64 for a task pane add-in; the ribbon's bt:Image 16, 32 and 80.
// logo-filled is the pane's own header logo (App.tsx).
const ICONS = [
  ['icon-16.png', 16],
  ['icon-32.png', 32],
  ['icon-64.png', 64],
  ['icon-80.png', 80],
  ['logo-filled.png', 80],
];

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, size] of ICONS) {
  // logo-filled is the full-bleed variant: a plain square, no rounded corners.
  const radius = name.startsWith('logo-filled') ? 0 : 0.2;
  fs.writeFileSync(path.join(outDir, name), encodePng(size, drawIcon(size, radius)));
  console.log(`assets/${name} ${size}×${size}`);
}
