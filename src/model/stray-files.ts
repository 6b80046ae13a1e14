/**
 * Files in the reviews folder that the site does not read. Astro's loader silently skips any file
 * its patterns do not match, so `1-2.MDX`, `.1-2.mdx` or `findings/1-2.markdown` would build with
 * exit 0 and the entry missing from the site. Names close to an entry's fail the build; other
 * files are mentioned, so that nothing is left out without a word.
 */
import { contentFileIn, kindOfFolder } from './entry-paths.ts';
import { isImageFile } from './images.ts';
import { KIND_FOLDERS } from './kinds.ts';

export interface StrayFile {
  /** A near-miss of an entry file fails the build; anything else is a warning. */
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

/** Files a review folder may hold besides its entries: the source text (see docs/GUIDE.md). */
const KNOWN_FILES = new Set(['source.txt']);

/** What file managers leave behind on shared drives; not worth a word. */
const SYSTEM_FILES = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|~\$.*|\._.*)$/i;

const LOOKS_LIKE_ENTRY = /\.(?:mdx?|markdown|mdown|mkd)$/i;
const FOLDERS = Object.values(KIND_FOLDERS).join('、');

/**
 * Whether a file under `reviews/` (path relative to it, `/`-separated) is one the site skips, and
 * what to say about it; undefined for the files it reads or may ignore.
 */
export function strayFile(relativePath: string): StrayFile | undefined {
  const parts = relativePath.split('/');
  const name = parts.at(-1) ?? '';
  if (SYSTEM_FILES.test(name)) return undefined;
  if (parts.length === 1) {
    return {
      severity: 'warning',
      message: '不在任何材料的文件夹中，不会发布',
      hint: '材料的文件放在 reviews/<材料代号>/ 中；不需要的文件可以删去。',
    };
  }
  const inReview = parts.slice(1).join('/');
  if (contentFileIn(inReview)) return undefined;
  if (parts.length === 2 && KNOWN_FILES.has(name)) return undefined;
  if (isImageFile(name)) {
    return {
      severity: 'warning',
      message: '没有条目用到这张图片，不会发布',
      hint: '在条目中写 ![说明](图片的相对路径) 或 <Figure src="图片的相对路径" alt="说明" /> 显示它；用不到的图片可以删去。',
    };
  }
  if (!LOOKS_LIKE_ENTRY.test(name)) {
    return {
      severity: 'warning',
      message: '不是内容文件（.mdx），不会发布',
      hint: '网站只读取 review.mdx 和 findings/、causes/、measures/ 中的 .mdx 文件；这个文件若有用可以留着。',
    };
  }
  return { severity: 'error', ...nearMiss(parts.slice(1), name) };
}

/** Why a file that looks like an entry is not read, and how to make it one. */
function nearMiss(inReview: string[], name: string): Omit<StrayFile, 'severity'> {
  const stem = name.replace(/\.[^.]*$/, '');
  const extension = name.slice(stem.length);
  if (name.startsWith('.')) {
    return {
      message: '文件名以点开头，网站不读取这样的文件，这一条不会发布',
      hint: `去掉开头的点：${name.slice(1)}。`,
    };
  }
  if (!/^\.mdx?$/.test(extension)) {
    return {
      message: `扩展名是“${extension}”，网站只读取 .mdx 和 .md，这一条不会发布`,
      hint: `把扩展名改为小写的 .mdx：${stem}.mdx。`,
    };
  }
  const folder = inReview.length > 1 ? inReview[0]! : '';
  if (inReview.length === 2 && !kindOfFolder(folder)) {
    const meant = Object.values(KIND_FOLDERS).find(
      (f) => f.toLowerCase() === folder.toLowerCase() || f === `${folder.toLowerCase()}s`,
    );
    return {
      message: `在文件夹“${folder}”中，网站只读取 ${FOLDERS} 中的条目，这一条不会发布`,
      hint: meant ? `把文件夹改名为 ${meant}。` : `把文件移到 ${FOLDERS} 中对应的一个。`,
    };
  }
  if (inReview.length === 1) {
    return {
      message: `直接放在材料文件夹中，网站只读取其中的 review.mdx 和 ${FOLDERS} 中的条目，这一条不会发布`,
      hint: /^review$/i.test(stem)
        ? '文件名应为小写的 review.mdx。'
        : `问题移到 findings/，原因移到 causes/，措施移到 measures/。`,
    };
  }
  return {
    message: `放在了 ${inReview.slice(0, -1).join('/')}/ 这一层子文件夹中，网站不读取，这一条不会发布`,
    hint: `把文件直接放在 ${FOLDERS} 中。`,
  };
}

/** What to say of a hidden review folder (`.demo/`), which the site does not read. */
export function hiddenReviewFolder(name: string): StrayFile {
  return {
    severity: 'warning',
    message: '文件夹名以点开头，网站不读取其中的材料，这份材料不会发布',
    hint: `要发布它，去掉文件夹名开头的点（改为 ${name.replace(/^\.+/, '')}）；有意不发布时可以不理会这条提醒。`,
  };
}
