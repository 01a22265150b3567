import { api } from './api';
import { app } from './app';
import { common } from './common';
import { editor } from './editor';
import { preview } from './preview';

/** Every English namespace: the original, and the fallback of every other language. */
export const en = { common, preview, editor, app, api };
