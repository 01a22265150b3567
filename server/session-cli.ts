import { parseArgs } from 'node:util';
import { mintEditorSession } from './session';

/*
 * `npm run session -- --user alice --ttl 900`: prints an editor session signed with
 * EDITOR_SESSION_SECRET, for trying a server that requires sessions. A portal mints its sessions
 * on its own server with mintEditorSession (server/session.ts) after signing the person in.
 */

const { values } = parseArgs({
  options: { user: { type: 'string' }, ttl: { type: 'string', default: '900' } },
});
const secret = process.env.EDITOR_SESSION_SECRET;
const ttlSeconds = Number(values.ttl);
if (!secret) {
  console.error('Set EDITOR_SESSION_SECRET to the secret of the server the session is for.');
  process.exit(1);
}
if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
  console.error('--ttl must be a positive number of seconds.');
  process.exit(1);
}
console.log(mintEditorSession({ secret, ttlSeconds, userId: values.user }));
