import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder the tests' server (`vite preview`) serves, and reads afresh at every request. */
const SERVED = fileURLToPath(new URL('../dist/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

export interface Deployment {
  /** Copies the new build onto the served folder, as a chain's deploy copies it onto its static host. */
  rollOut(): void;
  /** Puts the served folder back as it was and removes the new build. */
  undo(): void;
}

/**
 * A second production build with its own version string. The model files are the same and stay as they
 * are; everything else of the new build replaces the served one on `rollOut`.
 */
export function buildVersion(version: string): Deployment {
  const work = mkdtempSync(join(tmpdir(), 'aisle-deploy-'));
  const build = join(work, 'build');
  const backup = join(work, 'backup');
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', build, '--emptyOutDir'],
    {
      env: { ...process.env, AISLE_VERSION: version },
      stdio: 'ignore',
    },
  );
  const changed = filesUnder(build).filter((file) => !file.startsWith('models/'));
  const added = changed.filter((file) => !existsSync(join(SERVED, file)));
  return {
    rollOut() {
      for (const file of changed) {
        if (!added.includes(file)) {
          mkdirSync(dirname(join(backup, file)), { recursive: true });
          copyFileSync(join(SERVED, file), join(backup, file));
        }
        copyFileSync(join(build, file), join(SERVED, file));
      }
    },
    undo() {
      for (const file of added) rmSync(join(SERVED, file), { force: true });
      if (existsSync(backup))
        for (const file of filesUnder(backup)) copyFileSync(join(backup, file), join(SERVED, file));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
