import { mount, type EmbedEventMap, type EmbedEventName, type EmbedHandle } from '../host';
import './embed-demo.css';

/*
 * The demo host page (`/embed-demo.html`): an admin portal that embeds the editor with the host
 * helper, the way a portal developer would with `dist/embed.js`. Opened on `localhost`, it embeds
 * the editor from `127.0.0.1` on the same port, so that host and editor are different origins (as
 * in production); `?editor=<url>` embeds another editor. That editor's server must list this page's
 * origin in ALLOWED_ORIGINS.
 */

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`embed-demo.html lacks #${id}`);
  return element as T;
};

const sample = {
  name: 'Portal sample: Gmail readers',
  list_id: 5,
  is_static: false,
  segment: [
    {
      list_id: 5,
      condition: 'and',
      limit: 0,
      percent_from: 0,
      percent_to: 100,
      queries: [
        {
          compo: 'default',
          name: 'email',
          operator: 'contains',
          type: 'email',
          value: [{ name: 'value', value: '@gmail.com' }],
        },
      ],
    },
  ],
};

/** The editor to embed: `?editor=`, else this page's twin on 127.0.0.1 (a different origin). */
function editorUrl(): string {
  const given = new URLSearchParams(location.search).get('editor');
  if (given) return new URL(given, location.href).href;
  if (location.hostname === 'localhost') {
    return `${location.protocol}//127.0.0.1${location.port ? `:${location.port}` : ''}/`;
  }
  return new URL('/', location.href).href;
}

const log = byId<HTMLOListElement>('log');
const status = byId<HTMLSpanElement>('status');

function addLog(type: string, summary: string): void {
  const item = document.createElement('li');
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString();
  const name = document.createElement('span');
  name.className = 'type';
  name.dataset.type = type;
  name.textContent = type;
  item.append(time, name, document.createTextNode(summary ? ` ${summary}` : ''));
  log.prepend(item);
}

function setStatus(text: string, state: 'waiting' | 'ready' | 'error'): void {
  status.textContent = text;
  status.dataset.state = state;
}

const summaries: { [K in EmbedEventName]: (event: EmbedEventMap[K]) => string } = {
  ready: () => 'editor loaded; init sent',
  change: (e) =>
    `"${typeof e.request.name === 'string' ? e.request.name : ''}" valid=${e.valid} dirty=${e.dirty}`,
  saved: (e) => `savedId=${e.savedId}`,
  error: (e) => `${e.code === undefined ? '' : `[${e.code}] `}${e.message}`,
  resize: (e) => `height=${e.height}px`,
};

let handle: EmbedHandle | null = null;

function open(): void {
  handle?.destroy();
  const segment = Number(byId<HTMLInputElement>('segment-id').value);
  const token = byId<HTMLInputElement>('token').value.trim();
  // A portal mints this on its server (npm run session prints one to paste here).
  const session = byId<HTMLInputElement>('session').value.trim();
  const lang = byId<HTMLSelectElement>('lang').value === 'ru' ? 'ru' : 'en';
  const src = editorUrl();
  byId('editor-url').textContent = src;
  setStatus('Waiting for the editor…', 'waiting');
  const editor = mount(byId('editor'), {
    src,
    lang,
    ...(Number.isInteger(segment) && segment > 0 ? { segmentId: segment } : {}),
    // Only inside the init message; the helper never puts it in the iframe's URL.
    ...(token ? { token } : {}),
    ...(session ? { session } : {}),
  });
  editor.on('ready', (e) => {
    addLog('ready', summaries.ready(e));
    setStatus('Editor ready', 'ready');
  });
  editor.on('change', (e) => addLog('change', summaries.change(e)));
  editor.on('saved', (e) => {
    addLog('saved', summaries.saved(e));
    setStatus(`Saved segment ${e.savedId}`, 'ready');
  });
  editor.on('error', (e) => {
    addLog('error', summaries.error(e));
    setStatus('The editor reported an error', 'error');
  });
  editor.on('resize', (e) => addLog('resize', summaries.resize(e)));
  handle = editor;
}

byId<HTMLFormElement>('mount-form').addEventListener('submit', (event) => {
  event.preventDefault();
  open();
});
byId('save').addEventListener('click', () => {
  addLog('portal', 'save requested');
  handle?.save();
});
byId('set-sample').addEventListener('click', () => {
  addLog('portal', 'sample segment sent');
  handle?.setSegment(sample);
});
byId('clear-log').addEventListener('click', () => log.replaceChildren());

open();
