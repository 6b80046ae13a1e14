/**
 * The fixed terms of the rectification ledger. Kept apart from the schemas so the browser scripts
 * (search filters, ledger table) can use them without pulling in the schema library.
 */

/** How a measure is carried out. */
export const RECTIFICATION_MODES = ['立行立改', '限期整改', '长期坚持'] as const;

/** Where a measure stands; 已销号 means closed out (销号) by the supervising body. */
export const RECTIFICATION_STATUSES = ['未启动', '推进中', '已完成', '已销号', '申请延期'] as const;

export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** Shown for a ledger field nobody has filled in yet. */
export const NOT_FILLED = '未填写';
