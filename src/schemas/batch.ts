/** The words of batch jobs, shared by the job routes, the job store and the `batch.completed` event. */
export const BATCH_TYPES = ['charts', 'readings'] as const;
export type BatchType = (typeof BATCH_TYPES)[number];
export const BATCH_STATUSES = ['pending', 'processing', 'completed', 'partial', 'failed'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
