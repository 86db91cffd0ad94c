/**
 * Draws the add-in's icons (assets/icon-<size>.png): a blue rounded square with a white "SR".
 * Run once with `node scripts/make-icons.mjs`; the PNGs are committed, so the build never runs it.
 * Written without an image library on purpose: a PNG is a signature, three chunks and zlib data.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

/** The sizes Office asks for: 16/32/80 ribbon, 32/64 add-in list, 128 store listing. */
const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Fluent UI brand colour #0F6CBD
const WHITE = [255, 255, 255];
const SUBSAMPLES = 4; // 4×4 samples per pixel smooth the rounded corners

/** 5×7 bitmap glyphs; "#" is ink. */
const GLYPHS = {
  S: [".###.", "#...#", "#....", ".###.", "....#", "#...#", ".###."],
  R: ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
};
const TEXT = ["S", "R"];
const GLYPH_WIDTH = 5;
const GLYPH_HEIGHT = 7;
const TEXT_UNITS = TEXT.length * GLYPH_WIDTH + (TEXT.length - 1);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as an 8-bit truecolour-with-alpha PNG. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter: none
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Whole-pixel glyph units keep the letters sharp at 16 px. */
function isInk(x, y, size) {
  const unit = Math.max(1, Math.floor((size * 0.7) / TEXT_UNITS));
  const left = Math.floor((size - TEXT_UNITS * unit) / 2);
  const top = Math.floor((size - GLYPH_HEIGHT * unit) / 2);
  const gx = Math.floor((x - left) / unit);
  const gy = Math.floor((y - top) / unit);
  if (gx < 0 || gy < 0 || gx >= TEXT_UNITS || gy >= GLYPH_HEIGHT) return false;
  const letter = TEXT[Math.floor(gx / (GLYPH_WIDTH + 1))];
  const column = gx % (GLYPH_WIDTH + 1);
  return column < GLYPH_WIDTH && GLYPHS[letter][gy][column] === "#";
}

function drawIcon(size) {
  const radius = size * 0.1875;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let j = 0; j < SUBSAMPLES; j++) {
        for (let i = 0; i < SUBSAMPLES; i++) {
          const sx = x + (i + 0.5) / SUBSAMPLES;
          const sy = y + (j + 0.5) / SUBSAMPLES;
          if (!insideRoundedSquare(sx, sy, size, radius)) continue;
          const colour = isInk(sx, sy, size) ? WHITE : BLUE;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const offset = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      rgba[offset + 3] = Math.round((255 * covered) / SUBSAMPLES ** 2);
    }
  }
  return encodePng(size, rgba);
}

for (const size of SIZES) {
  const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
  writeFileSync(file, drawIcon(size));
  console.log(`assets/icon-${size}.png`);
}
