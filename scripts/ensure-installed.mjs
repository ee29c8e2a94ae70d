// Installs dependencies when they are missing or older than package-lock.json or a
// package.json, so `npm start` and `npm test` work on a fresh clone with Node and npm only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const installedMarker = join(root, 'node_modules', '.package-lock.json');

function manifests() {
  const files = [join(root, 'package.json'), join(root, 'package-lock.json')];
  for (const folder of ['packages', 'plugins']) {
    for (const name of readdirSync(join(root, folder))) {
      const manifest = join(root, folder, name, 'package.json');
      if (existsSync(manifest)) {
        files.push(manifest);
      }
    }
  }
  return files;
}

function run(args) {
  console.log(`> npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

// `npm install`, not `npm ci`: the lockfile pins every version, but the registry mirror
// lacks some other platforms' optional binaries (e.g. @swc/core-darwin-arm64), which
// makes `npm ci` refuse the lockfile as out of sync.
if (!existsSync(installedMarker)) {
  run(['install', '--no-audit', '--no-fund']);
} else {
  const installedAt = statSync(installedMarker).mtimeMs;
  const stale = manifests().filter(file => statSync(file).mtimeMs > installedAt);
  if (stale.length > 0) {
    console.log(`Dependencies are older than ${stale.map(f => f.slice(root.length)).join(', ')}`);
    run(['install', '--no-audit', '--no-fund']);
    // npm leaves the marker alone when nothing changed; mark the check as done.
    const now = new Date();
    utimesSync(installedMarker, now, now);
  }
}
