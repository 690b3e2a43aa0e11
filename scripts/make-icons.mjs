#!/usr/bin/env node
// Draws the add-in icon (a rounded green square with three ascending white bars) and writes it
// as PNG files assets/icon-16.png ... assets/icon-128.png. Only node:zlib is used to encode PNG.
// The PNGs are committed, so run this only after changing the drawing:
//
//   node scripts/make-icons.mjs

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const assetsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");

// Colors as [red, green, blue]. The square fades from TOP_GREEN to BOTTOM_GREEN.
const TOP_GREEN = [46, 158, 91];
const BOTTOM_GREEN = [24, 118, 63];
const WHITE = [255, 255, 255];

// Samples per pixel along each axis, for anti-aliased corners of the rounded square.
const SUPERSAMPLING = 8;

// ---------------------------------------------------------------------------
// Drawing

/**
 * Computes the shapes of the icon at one size, in pixels. Bar edges are whole pixels so that the
 * bars stay sharp at 16 px, and the bar width is even so that the bars centre exactly on an
 * even-sized canvas.
 */
function layout(size) {
  const margin = Math.max(1, Math.round(size / 16));
  const square = { left: margin, top: margin, right: size - margin, bottom: size - margin, radius: size * 0.19 };

  const barWidth = Math.max(2, 2 * Math.round((size * 0.16) / 2));
  const gap = Math.max(1, Math.round(size * 0.07));
  const barsLeft = Math.round((size - (3 * barWidth + 2 * gap)) / 2);
  const baseline = Math.round(size * 0.8);
  const bars = [0.28, 0.44, 0.6].map((heightFraction, index) => {
    const left = barsLeft + index * (barWidth + gap);
    return { left, right: left + barWidth, top: baseline - Math.round(size * heightFraction), bottom: baseline };
  });
  return { square, bars };
}

function insideRoundedSquare(x, y, square) {
  if (x < square.left || x >= square.right || y < square.top || y >= square.bottom) {
    return false;
  }
  // Distance from the point to the nearest corner-circle centre, when it lies in a corner region.
  const cornerX = Math.max(square.left + square.radius - x, x - (square.right - square.radius), 0);
  const cornerY = Math.max(square.top + square.radius - y, y - (square.bottom - square.radius), 0);
  return cornerX * cornerX + cornerY * cornerY <= square.radius * square.radius;
}

function insideRectangle(x, y, rectangle) {
  return x >= rectangle.left && x < rectangle.right && y >= rectangle.top && y < rectangle.bottom;
}

/** Returns the color of the icon at point (x, y), or null where the icon is transparent. */
function colorAt(x, y, shapes) {
  if (!insideRoundedSquare(x, y, shapes.square)) {
    return null;
  }
  if (shapes.bars.some((bar) => insideRectangle(x, y, bar))) {
    return WHITE;
  }
  const t = (y - shapes.square.top) / (shapes.square.bottom - shapes.square.top);
  return TOP_GREEN.map((top, channel) => top + (BOTTOM_GREEN[channel] - top) * t);
}

/** Renders the icon into straight (not premultiplied) RGBA bytes, row by row. */
function renderIcon(size) {
  const shapes = layout(size);
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;

  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average the color of the covered sub-samples, and set alpha to the covered fraction.
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const color = colorAt(px + (sx + 0.5) / SUPERSAMPLING, py + (sy + 0.5) / SUPERSAMPLING, shapes);
          if (color) {
            red += color[0];
            green += color[1];
            blue += color[2];
            covered += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round(red / covered);
        rgba[offset + 1] = Math.round(green / covered);
        rgba[offset + 2] = Math.round(blue / covered);
        rgba[offset + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return rgba;
}

// ---------------------------------------------------------------------------
// PNG encoding (PNG specification, ISO/IEC 15948): signature, IHDR, IDAT, IEND.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// CRC-32 with the polynomial 0xEDB88320 that PNG chunks use. node:zlib has crc32 only from
// Node 20.15, and package.json allows any Node 20.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes square 8-bit RGBA pixels as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method: adaptive
  header[12] = 0; // interlace: none

  // Each scanline starts with its filter type. Type 0 (None) keeps the encoder short, and the
  // files stay small because the icon has large flat areas.
  const rowLength = size * 4;
  const scanlines = Buffer.alloc(size * (rowLength + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(scanlines, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }

  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(scanlines, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------

mkdirSync(assetsDir, { recursive: true });
for (const size of SIZES) {
  const png = encodePng(size, renderIcon(size));
  const filePath = path.join(assetsDir, `icon-${size}.png`);
  writeFileSync(filePath, png);
  console.log(`Wrote ${path.relative(process.cwd(), filePath)} (${size}x${size}, ${png.length} bytes)`);
}
