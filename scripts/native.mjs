// Makes sure the native SQLite module is built for the runtime about to use it.
// One node_modules cannot hold the Node and the Electron build at once, so
// `npm test` asks for "node" and `npm start` for "electron"; a stamp file
// remembers which build is there, so the (minute-long) rebuild runs only on a switch.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: node scripts/native.mjs node|electron');
  process.exit(2);
}
const stampFile = 'node_modules/.ess-native-target';
const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : 'node';

function loadsInNode() {
  const probe = "const D=require('better-sqlite3-multiple-ciphers'); new D(':memory:').prepare('select 1').get()";
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

if (target === 'node') {
  if (current !== 'node' || !loadsInNode()) {
    console.log('Building the SQLite module for Node…');
    execSync('npm rebuild better-sqlite3-multiple-ciphers --foreground-scripts', { stdio: 'inherit' });
  }
} else if (current !== 'electron') {
  console.log('Building the SQLite module for Electron…');
  execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
}
writeFileSync(stampFile, `${target}\n`);
