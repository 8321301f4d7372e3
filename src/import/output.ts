/// <reference types="node" />
/**
 * Writing the importer's output file whole or not at all: to a temporary file in the same
 * folder, then renamed over the target (a rename within one folder is atomic), so a failure
 * midway (a full disk) never leaves a broken file where a good one was.
 */
import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ImportError } from './table.js';

/** Why a file could not be written, in words. */
const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EFBIG: 'the file is larger than this system allows',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ENOENT: 'its folder does not exist',
  };
  return code && Object.hasOwn(words, code) ? words[code] : code ?? (error instanceof Error ? error.message : String(error));
};

/** The real path `path` has or would have: links resolved, in its folder's real path when it does not exist yet. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return join(await realpath(dirname(resolve(path))), basename(path));
  }
}

/**
 * Writes `text` to `out`, replacing it only once the whole text is written. Refuses an `out`
 * that is (by real path) one of `inputs`, a folder, anything but a regular file (a device, a pipe,
 * a socket), or in a folder that does not exist.
 * Throws ImportError with one line saying why.
 */
export async function writeOutput(out: string, text: string, inputs: string[]): Promise<void> {
  const fail = (why: string): never => {
    throw new ImportError(`cannot write ${out}: ${why}`);
  };
  const target = await realTarget(out).catch((error: unknown) => fail(reason(error)));
  const folder = await stat(dirname(target)).catch((error: unknown) => fail(reason(error)));
  if (!folder.isDirectory()) fail('its folder is not a folder');
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) fail('it is a folder; give a file name');
  // A device, a pipe or a socket (or a link to one) is never replaced by a file: renaming over
  // /dev/null as root would replace the system's device.
  if (existing && !existing.isFile()) fail('it is not a regular file (a device, a pipe or a socket); give a file name');
  for (const input of inputs) {
    const real = await realpath(input).catch(() => undefined);
    if (real === target) fail(`it is the input file ${input}; give another name`);
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    fail(reason(error));
  }
}
