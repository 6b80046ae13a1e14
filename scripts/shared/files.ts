/** Small file-system questions the commands ask. */
import { stat } from 'node:fs/promises';

/** Whether anything (a file or a folder) is at `path`. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
