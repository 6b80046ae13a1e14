/**
 * The bytes of a file a command was given to read (a document, a notice, a workbook), or an
 * `UnreadableDocumentError` saying in the words of the person who named it why there are none:
 * missing, not allowed, in use, a folder or a special file rather than a file.
 */
import { NotRegularFileError, readRegularFile, SPECIAL_FILE_NAMES } from '../files.ts';
import { UnreadableDocumentError } from './errors.ts';

/** Why the file system would not give the file. */
const READ_FAILURES: Record<string, { found: string; hint: string }> = {
  ENOENT: {
    found: '找不到这个文件',
    hint: '请检查文件名和所在的文件夹；相对路径从运行命令时所在的文件夹算起。',
  },
  EACCES: {
    found: '没有读取权限的文件',
    hint: '请检查文件的权限，或者把文件复制到自己的文件夹中再试。',
  },
  EPERM: {
    found: '不允许读取的文件',
    hint: '请检查文件的权限，或者把文件复制到自己的文件夹中再试。',
  },
  EBUSY: {
    found: '正被其他程序占用的文件',
    hint: '请关闭打开这个文件的程序（如 Word、Excel、WPS），再试。',
  },
};

/**
 * Reads `file` whole once `checkSize` (which throws an `UnreadableDocumentError` for a file too
 * large) has accepted its size.
 */
export async function readInputFile(
  file: string,
  checkSize: (size: number) => void,
): Promise<Buffer> {
  try {
    return await readRegularFile(file, checkSize);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
    if (error instanceof NotRegularFileError) {
      throw new UnreadableDocumentError({
        file,
        expected: '一个文件',
        found: SPECIAL_FILE_NAMES[error.kind],
        hint:
          error.kind === 'directory'
            ? '请指明文件夹中的文件，如 材料/对照检查材料.docx。'
            : '请指明保存在磁盘上的文件本身；如果它是指向别处的链接，请确认它指向的是一个文件。',
      });
    }
    throw cannotRead(file, error as NodeJS.ErrnoException);
  }
}

function cannotRead(file: string, error: NodeJS.ErrnoException): UnreadableDocumentError {
  const failure = READ_FAILURES[error.code ?? ''] ?? {
    found: `无法读取的文件（${error.code ?? error.message}）`,
    hint: '请检查文件是否还在、能否用其他程序打开；网络盘上的文件可先复制到本机再试。',
  };
  return new UnreadableDocumentError(
    { file, expected: '可以读取的文件', ...failure },
    { cause: error },
  );
}
