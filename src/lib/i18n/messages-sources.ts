/** UI strings of the sources area, in English and Italian. */
export const en = {} as const;

export const it: Record<keyof typeof en, string> = {};
