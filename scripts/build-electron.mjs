// Builds the Electron main process and preload with Vite's API. The renderer
// is built by `vite build` from vite.config.ts; electron-vite cannot be used
// because it refuses a config file named vite.config.ts.
import { builtinModules } from 'node:module';
import { build } from 'vite';

// Native modules stay outside the bundle and load from node_modules at run
// time: the SQLite cipher build, and resvg (the map in a note, as a PNG), whose
// prebuilt binary electron-builder unpacks from the asar (electron-builder.yml).
const NATIVE = ['better-sqlite3-multiple-ciphers', '@resvg/resvg-js'];

const external = [
  'electron',
  ...NATIVE,
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
];

// The briefing worker is an entry of its own: main starts it as a worker
// thread (new Worker(briefingWorker.cjs beside main.cjs)) to pack large notes
// off the main thread; it bundles docx (~1 MB). The case-file job worker
// (caseFileJobWorker.cjs) runs backups and passphrase changes the same way.
for (const [entry, name] of [
  ['electron/main.ts', 'main'],
  ['electron/preload.ts', 'preload'],
  ['electron/briefing/worker.ts', 'briefingWorker'],
  ['electron/jobs/worker.ts', 'caseFileJobWorker'],
]) {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist-electron',
      emptyOutDir: name === 'main',
      target: 'node22',
      minify: false,
      sourcemap: false,
      ssr: entry,
      rollupOptions: { external, output: { format: 'cjs', entryFileNames: `${name}.cjs` } },
    },
    ssr: { noExternal: true, external: ['electron', ...NATIVE] },
  });
}
console.log('Built dist-electron/main.cjs, preload.cjs, briefingWorker.cjs and caseFileJobWorker.cjs');
