/**
 * What every view reads: the config, the words in the visitor's language, and `text()`, which
 * fills a template's placeholders. Views are plain render functions of the root element, not
 * elements of their own: nothing to register, so a page that defined a tag of the same name
 * cannot break them, and all state stays in the root.
 */
import {html, type TemplateResult} from 'lit-html';
import type {Config} from '../config/config.js';
import type {Strings} from '../i18n/types.js';

/** A filled template: plain text, or text with isolated names and numbers. */
export type Text = string | readonly (string | number | TemplateResult)[];

export interface View {
  config: Config;
  lang: string;
  t: Strings;
  /** The prefix of the screen's ids and input names: each screen in the shadow root has its own. */
  ids: string;
  /**
   * Fills `{number}` (the emergency number), `{clinic}` (the clinic's name, or its phone when it
   * has none), `{phone}` and any `extra` values. Names and numbers come isolated in `<bdi>`, so a
   * right-to-left name or a number cannot reorder the sentence around it.
   */
  text(template: string, extra?: Record<string, string | number>): Text;
}

/** A phone or emergency number: always left to right, kept on one line where it fits. */
export const number = (value: string) => html`<bdi dir="ltr" class="num">${value}</bdi>`;
/** A name in any script. */
export const name = (value: string) => html`<bdi>${value}</bdi>`;

export function makeView(config: Config, lang: string, t: Strings, ids: string): View {
  const values: Record<string, string | TemplateResult> = {
    number: number(config.emergencyNumber),
    clinic: config.clinicName ? name(config.clinicName) : number(config.phone),
    phone: number(config.phone),
  };
  return {
    config,
    lang,
    t,
    ids,
    text(template, extra = {}) {
      const parts = template.split(/\{(\w+)\}/);
      if (parts.length === 1) return template;
      // Odd parts are placeholder names; an unknown one stays visible, never silently blank.
      return parts.map((part, i) =>
        i % 2 === 0 ? part : (extra[part] ?? values[part] ?? `{${part}}`),
      );
    },
  };
}
