// Draws the toolbar icons (a dark-blue rounded square with a white document and a yellow tick) as PNGs
// without any image library, so they can be regenerated offline: `node tests/tools/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size) {
  const px = (x, y) => {
    const u = (x + 0.5) / size, v = (y + 0.5) / size;
    const r = 0.18; // corner radius
    const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
    if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return [0, 0, 0, 0];
    // tick (yellow), drawn over the page
    const d1 = Math.abs((v - 0.62) - (u - 0.40)) / Math.SQRT2; // down-right stroke
    const d2 = Math.abs((v - 0.62) + (u - 0.40)) / Math.SQRT2; // up-right stroke
    if ((u > 0.28 && u < 0.42 && d1 < 0.06 && v > 0.48) || (u >= 0.40 && u < 0.76 && d2 < 0.06 && v > 0.26)) return [255, 221, 0, 255];
    // page (white)
    if (u > 0.22 && u < 0.70 && v > 0.14 && v < 0.86) return [255, 255, 255, 255];
    return [29, 53, 87, 255];
  };
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...px(x, y));
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../../public/icon/${size}.png`, import.meta.url), png(size));
