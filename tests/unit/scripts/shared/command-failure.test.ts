import { describe, expect, it } from 'vitest';
import { printUnexpected, reportWriteFailure } from '../../../../scripts/shared/command-failure.ts';
import type { CommandIo } from '../../../../scripts/shared/command-io.ts';
import { OutputTargetError } from '../../../../scripts/shared/output-target.ts';

function io(env: Record<string, string> = {}): CommandIo & { err: () => string } {
  let err = '';
  return { stdout: () => undefined, stderr: (text) => (err += text), env, err: () => err };
}

const words = { unwritten: '没有写入任何文件。', inputs: '所用的内容', outcome: '报告没有生成' };
const codes = { wrongInput: 1, failed: 3 };

describe('printUnexpected', () => {
  it('names a bug as one, says how to see where, and shows the stack only with DEBUG=1', () => {
    const quiet = io();
    printUnexpected(new TypeError('x is undefined'), quiet, {
      during: '导入时',
      unwritten: '',
      inputs: '所用的文件',
    });
    expect(quiet.err()).toBe(
      '✗ 导入时出现意外错误：x is undefined\n  设置 DEBUG=1 再运行一次，可以看到详细的出错位置；请把它连同所用的文件交给维护人员。\n',
    );
    const debug = io({ DEBUG: '1' });
    printUnexpected(new TypeError('x is undefined'), debug, words);
    expect(debug.err()).toContain(
      '✗ 出现意外错误：x is undefined\n  没有写入任何文件。设置 DEBUG=1',
    );
    expect(debug.err()).toMatch(/TypeError: x is undefined\n\s+at /);
  });
});

describe('reportWriteFailure', () => {
  it('ends with 3 on a bug, saying nothing was written', () => {
    const out = io();
    expect(reportWriteFailure(new Error('boom'), out, words, codes)).toBe(3);
    expect(out.err()).toContain('✗ 出现意外错误：boom\n  没有写入任何文件。');
  });

  it('takes an output it will not write to for a wrong option', () => {
    const out = io();
    const refused = new OutputTargetError('不能写到内容文件夹 content/ 中');
    expect(reportWriteFailure(refused, out, words, codes)).toBe(1);
    expect(out.err()).toBe('✗ 不能写到内容文件夹 content/ 中\n');
  });
});
