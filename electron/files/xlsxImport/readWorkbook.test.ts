// A colleague's changed workbook read back: written by exceljs here, and by LibreOffice (the fixture
// sample-libreoffice.xlsx: the test scenario below exported at revision 7, then changed and saved by
// `e2e/libreoffice/calc.py edit` with the edits of fixtures/sample-libreoffice.json). Bad files are refused whole.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { computeScenario } from '../../../shared/domain';
import { areaCodeOfLine, labelWithArea } from '../../../shared/domain/lineArea';
import { parseNumber } from '../../../shared/format/numberParse';
import type { Scenario } from '../../../shared/model';
import { applyPatches } from '../../../shared/patch/apply';
import { changePatches, previewChanges, type ReadWorkbook, type XlsxPreview } from '../../../shared/xlsxImport';
import { sampleScenario } from '../../service/testing';
import { exportXlsx } from '../xlsxExport';
import { readChangedWorkbook } from './readWorkbook';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'sample-libreoffice.xlsx');

function scenario(): Scenario {
  const s = sampleScenario();
  s.id = 'xlsx_test';
  return s;
}

function preview(read: ReadWorkbook, doc: Scenario): XlsxPreview {
  const c = computeScenario(doc);
  const byKey = new Map(c.lines.map((l) => [l.key, l]));
  return previewChanges(
    read,
    {
      id: doc.id,
      name: doc.name,
      firstYear: doc.firstYear,
      years: doc.years,
      line: (key) => {
        const l = byKey.get(key);
        if (!l) return undefined;
        const label = labelWithArea(l.label, areaCodeOfLine(doc.areas, l.meta));
        return { key, label, unit: l.unit, display: l.meta.display, source: l.meta.source, input: l.input };
      },
    },
    {
      readText: (text, unit) => {
        const r = parseNumber(text, { unit });
        return r.ok ? { ok: true, value: r.value } : { ok: false };
      },
      show: (v) => String(v),
    },
  );
}

async function exported(doc: Scenario): Promise<Buffer> {
  return Buffer.from((await exportXlsx(doc, { revision: 7 })).content, 'base64');
}

/** The workbook changed by `change` and saved again by exceljs. */
async function changed(doc: Scenario, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exported(doc)) as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusedWith(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err.code;
    throw err;
  }
  throw new Error('not refused');
}

const codes = (p: XlsxPreview) => (p.ok ? p.refusals.map((r) => `${r.code} ${r.params.sheet}!${r.params.cell ?? r.params.row}`) : []);

describe('reading a changed workbook', () => {
  it('reads the workbook LibreOffice saved: three changed inputs, and what it will not take', async () => {
    const read = await readChangedWorkbook('sample.xlsx', fs.readFileSync(FIXTURE));
    expect(read.meta).toMatchObject({ scenarioId: 'xlsx_test', revision: 7, firstYear: 2024, years: 4 });
    const p = preview(read, scenario());
    if (!p.ok) throw new Error(p.error.code);
    expect(p.changes.map((c) => [c.key, c.yearIndex, c.old, c.new, `${c.sheet}!${c.cell}`])).toEqual([
      ['p05.opprinnelig_budsjett', 1, 432_003, 440_000, 'Rammer!E2'],
      ['tiltak.vikarpool.helarseffekt', 'all', 6000, 7000, 'Tiltak!E9'],
      ['forutsetning.lonnsvekst', 2, 0.035, 0.04, 'Forutsetninger!F2'],
    ]);
    expect(p.changes[0].label).toBe('P05 Opprinnelig budsjett');
    expect(codes(p).sort()).toEqual(
      [
        'xlsxImport.formulaOverwritten Rammer!F12',
        'xlsxImport.noKey Rammer!30',
        'xlsxImport.textInNumberCell Rammer!G13',
        'xlsxImport.unknownKey Rammer!31',
      ].sort(),
    );
  });

  it('reads by key and year header whatever the sheets are called and where they stand; applies as patches', async () => {
    const doc = scenario();
    const buf = await changed(doc, (wb) => {
      const rammer = wb.getWorksheet('Rammer')!;
      rammer.name = 'Rammer fra Kari';
      // The sheet moved to the end (orderNo is where exceljs writes it).
      (rammer as unknown as { orderNo: number }).orderNo = 99;
      rammer.getCell('D2').value = 433_000; // p05.opprinnelig_budsjett 2024
      rammer.getCell('D12').value = 1; // p05.ramme 2024, a formula
      wb.getWorksheet('Forutsetninger')!.getCell('D4').value = '750'; // Kostnad per årsverk (one value): text that reads
      wb.getWorksheet('Tiltak')!.getCell('D2').value = 'mye'; // text in a number cell
    });
    const read = await readChangedWorkbook('kari.xlsx', buf);
    expect(read.sheets.at(-1)?.name).toBe('Rammer fra Kari');
    const p = preview(read, doc);
    if (!p.ok) throw new Error(p.error.code);
    expect(p.changes.map((c) => [c.key, c.yearIndex, c.old, c.new])).toEqual([
      ['forutsetning.arsverkskostnad', 'all', 700, 750],
      ['p05.opprinnelig_budsjett', 0, 432_003, 433_000],
    ]);
    expect(codes(p).sort()).toEqual(['xlsxImport.formulaOverwritten Rammer fra Kari!D12', 'xlsxImport.textInNumberCell Tiltak!D2']);

    const next = applyPatches(doc, changePatches(doc, p.changes, (k) => computeScenario(doc).lines.find((l) => l.key === k)?.meta.source)).doc;
    expect(next.areas[0].frame.originalBudget).toEqual([433_000, 432_003, 432_003, 432_003]);
    expect(next.assumptions.find((a) => a.id === 'arsverkskostnad')).toMatchObject({ value: 750 });
    expect(computeScenario(next).engine.value('p05.ramme', 0)).toBe(computeScenario(doc).engine.value('p05.ramme', 0) + 997);
  });

  it('does not undo what was changed in the app since the export, and marks a cell changed on both sides', async () => {
    const doc = scenario();
    const buf = await changed(doc, (wb) => {
      const rammer = wb.getWorksheet('Rammer')!;
      rammer.getCell('E2').value = 440_000;
    });
    const now = structuredClone(doc);
    now.areas[0].frame.originalBudget = [500_000, 450_000, 432_003, 432_003];
    const p = preview(await readChangedWorkbook('x.xlsx', buf), now);
    if (!p.ok) throw new Error(p.error.code);
    expect(p.changes).toEqual([expect.objectContaining({ key: 'p05.opprinnelig_budsjett', yearIndex: 1, old: 450_000, new: 440_000, exported: 432_003 })]);
  });

  it('refuses a workbook from another scenario, or one the app did not export, as a whole', async () => {
    const other = scenario();
    other.id = 'another';
    const p = preview(await readChangedWorkbook('x.xlsx', await exported(other)), scenario());
    expect(p).toMatchObject({ ok: false, error: { code: 'xlsxImport.otherScenario', params: { name: 'Testplan' } } });

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Ark1').getCell('A1').value = 'Nøkkel';
    const read = await readChangedWorkbook('ark.xlsx', Buffer.from(await plain.xlsx.writeBuffer()));
    expect(preview(read, scenario())).toMatchObject({ ok: false, error: { code: 'xlsxImport.notExport' } });
  });

  it('refuses what is not an xlsx, a damaged zip, a file too large and a zip bomb, before exceljs reads it', async () => {
    const limits = { maxBytes: 100_000, maxUnpacked: 1_000_000, maxEntries: 50 };
    expect(await refusedWith(readChangedWorkbook('a.xlsx', Buffer.from('Linje;2024\nRamme;1\n'), limits))).toBe('xlsxImport.notXlsx');
    const good = await exported(scenario());
    expect(await refusedWith(readChangedWorkbook('a.xlsx', good.subarray(0, good.length - 200), limits))).toBe('xlsxImport.damaged');
    expect(await refusedWith(readChangedWorkbook('a.xlsx', Buffer.concat([good, Buffer.alloc(100_000)]), limits))).toBe('xlsxImport.tooLarge');
    expect(await refusedWith(readChangedWorkbook('a.xlsx', zip([['xl/workbook.xml', Buffer.alloc(5_000_000)]]), limits))).toBe('xlsxImport.tooLargeUnpacked');
    // A zip that claims 1 kB and holds 5 MB.
    expect(await refusedWith(readChangedWorkbook('a.xlsx', zip([['xl/workbook.xml', Buffer.alloc(5_000_000)]], 1000), limits))).toBe('xlsxImport.damaged');
    expect(await refusedWith(readChangedWorkbook('a.xlsx', zip([['hello.txt', Buffer.from('hei')]]), limits))).toBe('xlsxImport.notXlsx');
    // Garbage XML inside a well-formed zip.
    expect(await refusedWith(readChangedWorkbook('a.xlsx', zip([['xl/workbook.xml', Buffer.from('<workbook><sheets><sheet')]]), limits))).toBe('xlsxImport.damaged');
  });
});

/** A minimal zip of deflated files; `claim` overrides the unpacked size the directory states. */
function zip(files: [string, Buffer][], claim?: number): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const packed = zlib.deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    // The central directory's record repeats the local header's fields two bytes further on.
    const header = (size: number, signature: number, at: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, at);
      b.writeUInt16LE(8, at + 4);
      b.writeUInt32LE(packed.length, at + 14);
      b.writeUInt32LE(claim ?? data.length, at + 18);
      b.writeUInt16LE(nameBuf.length, at + 22);
      return b;
    };
    const local = header(30, 0x04034b50, 4);
    const dir = header(46, 0x02014b50, 6);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    central.push(dir, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const dirBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dirBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBuf, end]);
}
