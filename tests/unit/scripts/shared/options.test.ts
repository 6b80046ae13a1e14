import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { optionErrorMessage } from '../../../../scripts/shared/options';

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
