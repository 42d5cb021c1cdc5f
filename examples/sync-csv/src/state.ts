import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { CursorStore } from '@circular-city-hub/client';

async function readJson<T>(path: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}

/** Written to a temporary file and renamed, so that a crash never leaves half a file. */
async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

/** The change-feed cursor in `<dir>/cursor.json`. */
export function fileCursorStore(dir: string): CursorStore {
  const path = join(dir, 'cursor.json');
  return {
    load: async () => (await readJson<{ cursor?: string }>(path, {})).cursor,
    save: (cursor) => writeJson(path, cursor === undefined ? {} : { cursor }),
  };
}

/** What the script last wrote per external id: the hub's id and version, and a hash of the row. */
export interface MirrorEntry {
  id: string;
  version: number;
  hash: string;
}

export type Mirror = Record<string, MirrorEntry>;

export function loadMirror(dir: string): Promise<Mirror> {
  return readJson<Mirror>(join(dir, 'projects.json'), {});
}

export function saveMirror(dir: string, mirror: Mirror): Promise<void> {
  return writeJson(join(dir, 'projects.json'), mirror);
}
