/**
 * The language switch, at the top of every screen: a button for each other language the widget
 * offers, named in that language ("Español" on an English screen), so a visitor finds their own
 * language without reading the one on screen.
 */
import {html, nothing} from 'lit-html';
import {nameOf} from '../i18n/index.js';
import type {View} from './view.js';

export function renderLanguages(
  {t, lang, text}: View,
  offered: readonly string[],
  failed: string | undefined,
  choose: (lang: string) => void,
) {
  const others = offered.filter((code) => code !== lang);
  if (!others.length && !failed) return nothing;
  return html`
    <div class="languages" role="group" aria-label=${t.ui.language}>
      ${others.map(
        (code) => html`
          <button type="button" part="button language" lang=${code} @click=${() => choose(code)}>
            ${nameOf(code)}
          </button>
        `,
      )}
      ${
        failed
          ? html`<p class="error" role="alert">
              ${text(t.ui.languageFailed, {language: nameOf(failed)})}
            </p>`
          : nothing
      }
    </div>
  `;
}
