/** `zod/v4/core` without its message locales, as `z.core` of ./zod.ts (see there). */
export * from 'zod/v4/core';
/** Not bundled (see ./zod.ts). */
export const locales = Object.freeze({});
