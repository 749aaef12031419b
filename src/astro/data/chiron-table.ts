export const CHIRON_TABLE = null;
