import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NotRegularFileError,
  readRegularFile,
  type SpecialFileKind,
} from '../../../../scripts/shared/files.ts';

const folder = mkdtempSync(join(tmpdir(), 'files-'));

/** The kind `readRegularFile` refuses `path` as. */
async function refusedAs(path: string): Promise<SpecialFileKind> {
  const error = await readRegularFile(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotRegularFileError);
  return (error as NotRegularFileError).kind;
}

describe('readRegularFile', () => {
  it('reads a file, and a file through a link, after the size check', async () => {
    writeFileSync(join(folder, 'a.txt'), '一');
    symlinkSync(join(folder, 'a.txt'), join(folder, 'link.txt'));
    expect((await readRegularFile(join(folder, 'link.txt'))).toString()).toBe('一');
    const sizes: number[] = [];
    await readRegularFile(join(folder, 'a.txt'), (size) => sizes.push(size));
    expect(sizes).toEqual([3, 3]);
    await expect(
      readRegularFile(join(folder, 'a.txt'), () => {
        throw new RangeError('too large');
      }),
    ).rejects.toThrow('too large');
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO, a device (a link to /dev/zero), a socket and a folder unopened',
    async () => {
      execFileSync('mkfifo', [join(folder, 'fifo.csv')]);
      expect(await refusedAs(join(folder, 'fifo.csv'))).toBe('fifo');
      symlinkSync('/dev/zero', join(folder, 'zero.csv'));
      expect(await refusedAs(join(folder, 'zero.csv'))).toBe('character-device');
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(join(folder, 'socket.txt'), resolve));
      try {
        expect(await refusedAs(join(folder, 'socket.txt'))).toBe('socket');
      } finally {
        server.close();
      }
      mkdirSync(join(folder, 'dir.txt'));
      expect(await refusedAs(join(folder, 'dir.txt'))).toBe('directory');
      const error = await readRegularFile(join(folder, 'fifo.csv')).catch((e: unknown) => e);
      expect((error as Error).message).toContain('命名管道（FIFO）');
    },
  );

  it('throws the file system’s own error for a missing file', async () => {
    await expect(readRegularFile(join(folder, 'none.txt'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
