/** The class of each light on the page, for its colour (the text says the light itself). */
import type { Light } from './lights.ts';

export const LIGHT_CLASS: Record<Light, string> = {
  逾期: 'light-overdue',
  临期: 'light-soon',
  正常: 'light-ok',
  已完成: 'light-done',
};
