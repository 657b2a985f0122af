#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png and logo-filled.png): a red rounded
 * square, a white scoring sheet with ruled lines, and a gold medal with a tick.
 * Shapes are described in unit coordinates, rasterised with 8×8 supersampling, and written as
 * PNG with node's zlib — no image library needed. Run: node scripts/draw-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const RED = [183, 28, 28];
const WHITE = [255, 255, 255];
const GREY = [158, 158, 158];
const GOLD = [242, 183, 5];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => roundedRect(x0, y0, x1, y1, 0);
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** A thick polyline: points within `w/2` of any segment. */
const stroke = (points, w) => (x, y) => {
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const dx = bx - ax,
      dy = by - ay;
    const tt = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - tt * dx) ** 2 + (y - ay - tt * dy) ** 2 <= (w / 2) ** 2) return true;
  }
  return false;
};

function layers(size) {
  const small = size <= 16;
  const list = [
    [RED, roundedRect(0.03, 0.03, 0.97, 0.97, 0.18)],
    [WHITE, rect(0.2, 0.13, 0.72, 0.84)],
    [GREY, rect(0.28, 0.26, 0.64, small ? 0.34 : 0.31)],
    [GREY, rect(0.28, small ? 0.44 : 0.39, 0.64, small ? 0.52 : 0.44)],
  ];
  if (!small) list.push([GREY, rect(0.28, 0.52, 0.5, 0.57)]);
  list.push([RED, circle(0.7, 0.7, 0.235)]);
  list.push([GOLD, circle(0.7, 0.7, 0.2)]);
  list.push([
    WHITE,
    stroke(
      [
        [0.6, 0.7],
        [0.67, 0.77],
        [0.8, 0.62],
      ],
      small ? 0.09 : 0.065
    ),
  ]);
  return list;
}

function render(size) {
  const ss = 8;
  const rgba = Buffer.alloc(size * size * 4);
  const shapes = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (const [color, inside] of shapes) {
        let hits = 0;
        for (let sy = 0; sy < ss; sy++) {
          for (let sx = 0; sx < ss; sx++) {
            if (inside((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size)) hits++;
          }
        }
        const c = hits / (ss * ss);
        if (c === 0) continue;
        // "over" compositing in premultiplied form
        r = color[0] * c + r * (1 - c);
        g = color[1] * c + g * (1 - c);
        b = color[2] * c + b * (1 - c);
        a = c + a * (1 - c);
      }
      const o = (py * size + px) * 4;
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round(a * 255);
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
for (const size of [16, 32, 64, 80, 128]) {
  const name = size === 128 ? "logo-filled.png" : `icon-${size}.png`;
  fs.writeFileSync(path.join(out, name), png(size, render(size)));
  console.log(`assets/${name}`);
}
