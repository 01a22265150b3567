/*
 * Small readings of a request that several places need: the token is dropped wherever a request
 * leaves the editor's hands or is shown, and the database is named by `list_id` or else the groups.
 */

/**
 * A copy of `value` without its `token` field. The token never travels in a change event, an
 * import or a shown source.
 */
export function withoutToken<T extends object>(value: T): Omit<T, 'token'> {
  const { token: _token, ...rest } = value as T & { token?: unknown };
  return rest;
}

/** The database a request or a `segments/get` reply is on: `list_id`, else its first group's. */
export function listIdOf(request: {
  list_id?: number | undefined;
  segment?: readonly { list_id: number }[] | undefined;
}): number | undefined {
  return request.list_id ?? request.segment?.[0]?.list_id;
}
