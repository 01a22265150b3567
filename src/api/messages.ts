/**
 * The API client's messages in English. `errors.*` are the messages of `ApiError` (its
 * `messageKey`): the client builds its English `message` from this table, and the English `api`
 * i18n namespace (src/i18n/en/api.ts) is this same table, so both always say the same.
 */
export const apiMessages = {
  errors: {
    network:
      'Could not reach the server at {{apiBase}}. Check the network connection, then try again.',
    timeout: 'No answer within {{seconds}} s from {{apiBase}}. The server may be busy: try again.',
    html: 'The server answered with an HTML page instead of API data (HTTP {{status}}). The API address ({{apiBase}}) may be wrong, or a proxy in between failed: try again, then check the address.',
    httpServer:
      'The server failed with HTTP {{status}}. Try again in a moment; if it keeps failing, contact the administrator.',
    httpClient:
      'The server refused the request with HTTP {{status}}. Check the API address ({{apiBase}}) and the token.',
    api: 'Altcraft refused the request (error {{code}}): {{text}}',
    gateway: '{{text}} (HTTP {{status}})',
    sessionMissing:
      'This editor has no session from the portal, and the server requires one. Open the editor from the portal again.',
    sessionExpired:
      'Your editor session has expired. Open the editor from the portal again to go on.',
    sessionInvalid:
      'The server did not accept this editor session. Open the editor from the portal again.',
    parse:
      'The server answered, but not with API data that the editor can read ({{detail}}). Try again; if it keeps failing, check the API address ({{apiBase}}).',
  },
} as const;
