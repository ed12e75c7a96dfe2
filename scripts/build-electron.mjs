// Builds the Electron main process and preload with Vite's API. The renderer
// is built by `vite build` from vite.config.ts; electron-vite cannot be used
// because it refuses a config file named vite.config.ts.
import { builtinModules } from 'node:module';
import { build } from 'vite';

const external = [
  'electron',
  'better-sqlite3-multiple-ciphers',
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
];

for (const [entry, name] of [
  ['electron/main.ts', 'main'],
  ['electron/preload.ts', 'preload'],
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
    ssr: { noExternal: true, external: ['electron', 'better-sqlite3-multiple-ciphers'] },
  });
}
console.log('Built dist-electron/main.cjs and dist-electron/preload.cjs');
