/** The one context the root provides: configuration and the words to show, as one new object per change. */
import {createContext} from '@lit/context';
import type {Config} from './config/config.js';
import type {Language} from './i18n/index.js';
import type {Strings} from './i18n/types.js';

export interface WidgetContext {
  config: Config;
  lang: Language;
  t: Strings;
  /** Fills the shared placeholders ({number}, {clinic}, {phone}) and any extra values. */
  text(template: string, extra?: Record<string, string | number>): string;
}

export const widgetContext = createContext<WidgetContext>(Symbol('lpc-widget'));
