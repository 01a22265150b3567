import type { Translation } from '../types';
import type { app as en } from '../en/app';

export const app: Translation<typeof en> = {
  title: 'Редактор сегментов',
  language: 'Язык',
  theme: 'Тема',
  themeLight: 'Светлая',
  themeDark: 'Тёмная',
  themeAuto: 'Системная',
  save: 'Сохранить',
  saving: 'Сохранение…',
  saveRefused: 'Не сохранено: сначала исправьте проблемы ({{count}}). Список выше ведёт к каждому полю.',
  saveReady: 'Запрос корректен и готов к отправке.',
  saved: 'Сохранено как сегмент {{id}}.',
  saveFailed: 'Не сохранено: {{message}}',
  rulesTab: 'Правила',
  previewTab: 'Просмотр',
  viewTabs: 'Вид редактора',
  readOnly: 'Только просмотр: сегмент можно смотреть, но не менять.',
  configProblem: 'Параметр страницы пропущен: {{problem}}',
  crashTitle: 'Что-то пошло не так',
  crashText: 'В редакторе произошла непредвиденная ошибка. Последние правки могли потеряться; перезагрузите страницу.',
  reload: 'Перезагрузить',
};
