import type { Translation } from '../types';
import type { preview as en } from '../en/preview';

export const preview: Translation<typeof en> = {
  formatTabs: 'Формат запроса',
  region: 'Просмотр запроса',
  copy: 'Копировать',
  copied: 'Скопировано в буфер обмена',
  copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную',
  download: 'Скачать',
  lineCount: 'Строк: {{count}}',
  problems: 'Ошибок, которые нужно исправить, прежде чем API примет запрос: {{count}}',
  moreProblems: 'Ещё не показано ошибок: {{count}}',
  tokenMasked: 'API-токен скрыт.',
  curlTitle: 'Команда cURL',
  curlRegion: 'Команда cURL',
  curlHint: 'Сначала задайте в оболочке ALTCRAFT_URL и ALTCRAFT_TOKEN: команда берёт токен оттуда.',
  copyCommand: 'Копировать команду',
};
