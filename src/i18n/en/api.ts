// The API client owns its English messages (ApiError builds its `message` from them); the `api`
// namespace is that same table.
export { apiMessages as api } from '../../api/messages';
