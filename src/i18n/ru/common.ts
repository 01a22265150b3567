import type { Translation } from '../types';
import type { common as en } from '../en/common';

export const common: Translation<typeof en> = {
  appTitle: 'Редактор сегментов',
  language: 'Язык',
  theme: 'Тема',
  themeLight: 'Светлая',
  themeDark: 'Тёмная',
  themeAuto: 'Системная',
  close: 'Закрыть',
  cancel: 'Отмена',
  retry: 'Повторить',
  copy: 'Копировать',
  copied: 'Скопировано',
  download: 'Скачать',
  undo: 'Отменить',
  redo: 'Повторить действие',
  loading: 'Загрузка…',
  dialogLoadFailed: 'Не удалось загрузить это окно. Проверьте соединение и попробуйте ещё раз.',
  menuLoadFailed: 'Не удалось загрузить это меню. Проверьте соединение и попробуйте ещё раз.',
};
