// Run by lazyLoad.test.ts in a fresh Node process: starts a service on an empty data folder and reports whether
// exceljs was loaded at start, and again after a comparison was exported.
import { createRequire } from 'node:module';
import { createService } from './service';

const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((f) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(f));
const service = createService({ dataDir: process.argv[2], shell: 'cli', seedExample: false });
const atStart = loaded();
const a = await service.call('scenario.create', { from: 'blank', name: 'A' });
const b = await service.call('scenario.create', { from: 'blank', name: 'B' });
if (!a.ok || !b.ok) throw new Error('create failed');
const ids = [a.value, b.value].map((v) => (v as { id: string }).id);
const exported = await service.call('compare.export', { ids });
service.close();
process.stdout.write(JSON.stringify({ atStart, exported: exported.ok, afterExport: loaded() }));
