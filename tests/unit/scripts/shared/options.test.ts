import { parseArgs } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionErrorMessage, readOptions } from '../../../../scripts/shared/options.ts';

/** The message for what `parseArgs` throws on `args`. */
function messageFor(args: string[], allowPositionals = false): string {
  try {
    parseArgs({
      args,
      allowPositionals,
      options: { out: { type: 'string' }, force: { type: 'boolean' } },
    });
  } catch (error) {
    return optionErrorMessage(error);
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('optionErrorMessage', () => {
  it('names an unknown option', () => {
    expect(messageFor(['--outdir', 'x'])).toBe('没有 --outdir 这个选项');
  });

  it('says that an option needs its value, or takes none', () => {
    expect(messageFor(['--out'])).toBe('选项 --out 后面要跟一个值');
    expect(messageFor(['--out', '--force'])).toBe('选项 --out 后面要跟一个值');
    expect(messageFor(['--force=yes'])).toBe('选项 --force 后面不跟值');
  });

  it('names an argument the command does not take', () => {
    expect(messageFor(['dist'])).toBe('这条命令不接受“dist”这样的参数，选项要以 -- 开头');
  });

  it('keeps any other message, after saying what it is about', () => {
    expect(optionErrorMessage(new Error('something else'))).toBe('命令写得不对：something else');
  });
});

describe('readOptions', () => {
  const config = { args: [] as string[], options: { help: { type: 'boolean' } } } as const;

  /** What readOptions prints and the code it exits with, for `args`. */
  function outcome(args: string[]) {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => printed.push(text));
    vi.spyOn(console, 'error').mockImplementation((text: string) => printed.push(text));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    try {
      return { values: readOptions({ ...config, args }, '用法：npm run x', 7).values, printed };
    } catch (error) {
      return { exit: (error as Error).message, printed };
    }
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the options of a right command line', () => {
    expect(outcome([])).toEqual({ values: {}, printed: [] });
  });

  it('says what is wrong and the usage, and exits with the code given', () => {
    expect(outcome(['--x'])).toEqual({
      exit: 'exit 7',
      printed: ['没有 --x 这个选项。\n\n用法：npm run x'],
    });
  });

  it('prints the usage for --help and exits 0', () => {
    expect(outcome(['--help'])).toEqual({ exit: 'exit 0', printed: ['用法：npm run x'] });
  });
});
