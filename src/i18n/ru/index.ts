import { api } from './api';
import { app } from './app';
import { common } from './common';
import { editor } from './editor';
import { preview } from './preview';

/** Every Russian namespace: a chunk of its own, loaded only when Russian is chosen. */
export const ru = { common, preview, editor, app, api };
