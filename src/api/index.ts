/**
 * The API client: a typed function per Altcraft endpoint over fetch, `ApiError`, and TanStack
 * Query options and hooks. Only this folder calls `fetch`.
 */
export {
  createApiClient,
  DEFAULT_API_BASE,
  DEFAULT_TIMEOUT_MS,
  type ApiCall,
  type ApiClient,
  type ApiClientOptions,
} from './client';
export {
  ApiError,
  isApiError,
  type ApiErrorKind,
  type ApiErrorMessageKey,
  type ApiErrorParams,
} from './errors';
export { ApiClientProvider, useApiClient } from './api-client-context';
export { useApiErrorMessage } from './use-api-error-message';
export { apiKeys } from './query-keys';
export { MAX_RETRIES, retryDelay, shouldRetry, withRetry } from './retry';
export { sleep } from './sleep';
export {
  CREATED_CHECK_DELAYS,
  findCreatedSegment,
  listSegmentsNamed,
  mayHaveBeenCreated,
  prepareAdd,
  waitForCreatedSegment,
  type AddAttempt,
} from './created-segment';
export type { Page, PageParams } from './bodies';
export { getSegment, isMissingSegment, segmentQueryOptions, useSegment } from './get-segment';
export {
  listSegments,
  segmentListQueryOptions,
  useSegmentList,
  type SegmentListItem,
} from './list-segments';
export {
  addSegment,
  saveSegment,
  saveSegmentMutationOptions,
  updateSegment,
  useSaveSegment,
  type SaveResult,
  type SaveSegmentOptions,
} from './save-segment';
export { deleteSegment, useDeleteSegment } from './delete-segment';
export { databasesQueryOptions, listDatabases, useDatabases } from './list-databases';
export { databaseQueryOptions, getDatabase, useDatabase } from './get-database';
export {
  databaseFieldsQueryOptions,
  getDatabaseFields,
  useDatabaseFields,
} from './get-database-fields';
export {
  appConfigQueryOptions,
  appConfigSchema,
  fetchAppConfig,
  type AppConfig,
  type FetchAppConfigOptions,
} from './app-config';
