import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A small valid PNG (8-bit RGB), painted like a listing screenshot: a header bar, a product tile and
 * a red price tag. The demo's evidence files and the browser tests' uploads are made with it.
 */
export function listingPng(width = 240, height = 160): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x++) {
      let rgb = [250, 250, 250];
      if (y < height * 0.15) rgb = [228, 57, 60]; // the platform's header
      else if (x > width * 0.08 && x < width * 0.45 && y > height * 0.25 && y < height * 0.85) rgb = [200, 220, 240]; // product photo
      else if (x > width * 0.55 && x < width * 0.9 && y > height * 0.3 && y < height * 0.45) rgb = [60, 60, 60]; // title line
      else if (x > width * 0.55 && x < width * 0.75 && y > height * 0.55 && y < height * 0.7) rgb = [228, 57, 60]; // price tag
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
