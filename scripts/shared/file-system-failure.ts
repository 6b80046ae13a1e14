/**
 * Failures of the disk rather than of the program: a full disk, a read-only one, a folder the user
 * may not write to, a folder that cannot be moved. The commands meet them while writing a site, a
 * package, a PDF or a workbook; each is said in Chinese, naming the file or folder and what to
 * do, instead of as a stack trace that calls it a bug.
 */

/** What a failed file-system call says about itself. */
export interface FileSystemFailure {
  code: string;
  /** The call that failed: open, mkdir, rename… */
  syscall: string | undefined;
  /** The file or folder it was working on, if it says. */
  path: string | undefined;
  /** Where it was moving or copying it to. */
  dest: string | undefined;
}

/** The codes a user can do something about. */
const CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EXDEV', 'EBUSY']);

/** Node's message for such a call, for an error that kept only the message of one it wrapped. */
const MESSAGE =
  /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EXDEV|EBUSY)\b:[^,\n]*(?:, (\w+)(?: '([^'\n]*)')?(?: -> '([^'\n]*)')?)?/;

function ownFailure(error: Error): FileSystemFailure | undefined {
  const { code, syscall, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof code === 'string' && CODES.has(code)) return { code, syscall, path, dest };
  const match = MESSAGE.exec(error.message);
  if (!match) return undefined;
  return { code: match[1]!, syscall: match[2], path: match[3], dest: match[4] };
}

/** The file-system failures in `error`: itself, or those it wraps (`cause`, `errors`). */
export function fileSystemFailures(error: unknown): FileSystemFailure[] {
  if (!(error instanceof Error)) return [];
  const own = ownFailure(error);
  if (own) return [own];
  const { errors } = error as { errors?: unknown };
  const inner: unknown[] = Array.isArray(errors) ? [...(errors as unknown[])] : [];
  if (error.cause !== undefined) inner.push(error.cause);
  return inner.flatMap(fileSystemFailures);
}

/** What the failed call was doing, as a verb. */
const VERBS: Record<string, string> = {
  open: '写入',
  write: '写入',
  mkdir: '建立文件夹',
  rename: '移动',
  unlink: '删除',
  rmdir: '删除',
  rm: '删除',
  copyfile: '复制',
  cp: '复制',
  utime: '更新',
  scandir: '读取',
  symlink: '建立链接',
};

/**
 * The message for one failure. `writing` names what the command was writing, for a call that
 * does not say its path (a write to a file already open).
 */
export function describeFileSystemFailure(failure: FileSystemFailure, writing?: string): string {
  const { code, syscall, path, dest } = failure;
  // A copy or a move that found the disk full or read-only failed at its destination.
  const atDest = dest !== undefined && code !== 'EXDEV';
  const target = (atDest ? dest : path) ?? writing ?? '文件';
  const verb = atDest ? '写入' : (VERBS[syscall ?? ''] ?? '写入');
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `磁盘空间不足：${verb} ${target} 时，${code === 'EDQUOT' ? '这个账户在它所在的磁盘上的配额已经用完' : '它所在的磁盘已经写满'}（${code}）。\n  改法：在这个磁盘上腾出空间（如删去不用的旧构建结果；node_modules/.astro/ 中的构建缓存也可以删去，下次构建会从头生成），或改为生成到另一个磁盘上的文件夹，再重新运行。`;
    case 'EROFS':
      return `无法${verb} ${target}：它所在的磁盘是只读的（EROFS）。\n  改法：改为生成到一个可以写入的文件夹，或请管理员把这个磁盘挂载为可写。`;
    case 'EXDEV':
      return `无法把 ${target} 移到 ${dest ?? '另一个文件夹'}：两者不在同一个磁盘（文件系统）上（EXDEV）。\n  改法：改为生成到本机磁盘上的文件夹，生成后再复制过去。`;
    case 'EBUSY':
      return `无法${verb} ${target}：它正被使用（EBUSY），可能是一个挂载点，或正被其他程序打开。\n  改法：关掉正在使用它的程序后重试；输出文件夹是挂载点时，改为生成到它里面的一个文件夹。`;
    default:
      return `没有权限${verb} ${target}（${code}）。\n  改法：用有权写入的账户运行，或给它所在的文件夹加上写入权限，或改为生成到一个可以写入的文件夹。在 Windows 上，这也可能是其中的文件正被其他程序（资源管理器、杀毒软件、网站服务器）打开，关掉后重试。`;
  }
}
