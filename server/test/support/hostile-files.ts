import zlib from 'node:zlib';

/**
 * Builders for hostile spreadsheets (also used by bench/upload-abuse.ts): a tiny zip writer, so
 * a test can make an XLSX whose one cell inflates to many megabytes from a few kilobytes.
 */
interface ZipEntry { name: string; data: Buffer }

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet XLSX around the given `<sheetData>` body (and optional shared strings XML). */
export function xlsxWithSheet(sheetData: Buffer | string, sharedStrings?: Buffer | string): Buffer {
  const text = (s: string) => Buffer.from(s, 'utf8');
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  if (sharedStrings !== undefined) rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: text('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: '_rels/.rels', data: text(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: text(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Prices" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: text(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`) },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.concat([text(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`), typeof sheetData === 'string' ? text(sheetData) : sheetData, text('</sheetData></worksheet>')]),
    },
  ];
  if (sharedStrings !== undefined) {
    entries.push({ name: 'xl/sharedStrings.xml', data: typeof sharedStrings === 'string' ? text(sharedStrings) : sharedStrings });
  }
  return zip(entries);
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A zip bomb: one inline-string cell of `bytes` letters (a few hundred KB zipped for 200 MB). */
export function xlsxBomb(bytes: number): Buffer {
  return xlsxWithSheet(Buffer.concat([
    Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>SKU</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>'),
    Buffer.alloc(bytes, 'A'),
    Buffer.from('</t></is></c></row>'),
  ]));
}

/** The same bomb with the long text in the shared strings table, as Excel and exceljs write it. */
export function xlsxSharedStringBomb(bytes: number): Buffer {
  const sst = Buffer.concat([Buffer.from(`<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>SKU</t></si><si><t>`), Buffer.alloc(bytes, 'A'), Buffer.from('</t></si></sst>')]);
  return xlsxWithSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>', sst);
}

/** One header row `columns` cells wide. */
export function xlsxWide(columns: number): Buffer {
  const cells = Array.from({ length: columns }, (_, i) => `<c r="${columnName(i)}1"><v>${i}</v></c>`).join('');
  return xlsxWithSheet(`<row r="1">${cells}</row><row r="2"><c r="A2"><v>1</v></c></row>`);
}

/** A CSV with a header and `rows` one-letter data rows. */
export function csvRows(rows: number, cell = 'a'): Buffer {
  return Buffer.from(`SKU\n${`${cell}\n`.repeat(rows)}`);
}

/** A raw multipart body (for malformed-request tests), with the given parts and closing boundary or not. */
export function multipartBody(boundary: string, parts: { headers: string; body: string | Buffer }[], terminated = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n${part.headers}\r\n\r\n`, 'binary'), Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body), Buffer.from('\r\n'));
  }
  if (terminated) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
