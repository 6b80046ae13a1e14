/**
 * The kinds of image a review's folder may hold for its entries to show: pictures, none of which
 * can hold script (an SVG can, and would run on the site's address if opened on its own).
 */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp'] as const;

/** Whether a file name is one of the images the site publishes. */
export function isImageFile(name: string): boolean {
  const extension = /\.[^./\\]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extension);
}
