import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiErrorParam } from './errors';

// Every placeholder of every message, so that any message key type-checks with any error's params.
const blank: Record<ApiErrorParam, string> = {
  apiBase: '',
  seconds: '',
  status: '',
  code: '',
  text: '',
  detail: '',
};

/**
 * A function turning any error of this client into a sentence in the UI's language: an
 * {@link ApiError}'s `messageKey` and `params` through the `api` namespace, any other error's
 * `message` as it is.
 */
export function useApiErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('api');
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) return t(`errors.${error.messageKey}`, { ...blank, ...error.params });
      return error instanceof Error ? error.message : String(error);
    },
    [t],
  );
}
