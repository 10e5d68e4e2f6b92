import {css} from 'lit';

/**
 * One stylesheet for the whole widget: the inner elements render into the root's shadow root, so
 * parts are reachable from the page and nothing leaks in or out. Public `--lpc-*` properties are
 * read once into private `--_*` ones. Sizes are px/em so the page's root font size cannot shrink it.
 */
export const styles = css`
  :host {
    --_accent: var(--lpc-accent, #0b5cad);
    --_accent-text: var(--lpc-accent-text, #ffffff);
    --_text: var(--lpc-text, #1b1f24);
    --_muted: var(--lpc-muted, #47505c);
    --_bg: var(--lpc-bg, #ffffff);
    --_surface: var(--lpc-surface, #f2f5f8);
    --_border: var(--lpc-border, #76808d);
    --_font: var(--lpc-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_radius: var(--lpc-radius, 12px);
    --_focus: var(--lpc-focus, #c2410c);
    --_emergency: #b3261e;
    --_emergency-bg: #fdecea;
    --_urgent: #8a4600;
    --_urgent-bg: #fff3e0;
    --_routine: #0b5cad;
    --_routine-bg: #e8f1fb;
    --_self-care: #1d6b35;
    --_self-care-bg: #e6f4ea;
    display: block !important;
    box-sizing: border-box !important;
    max-width: var(--lpc-max-width, 40em);
    margin-inline: auto;
    font-size: 18px !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Dark values for the private tokens; the root sets .dark from theme and the system setting.
     A page's light colours rarely suit a dark background, so dark mode reads --lpc-dark-*. */
  .card.dark {
    color-scheme: dark;
    --_accent: var(--lpc-dark-accent, #8cc4ff);
    --_accent-text: var(--lpc-dark-accent-text, #0b1420);
    --_text: var(--lpc-dark-text, #e9eef3);
    --_muted: var(--lpc-dark-muted, #b9c2cc);
    --_bg: var(--lpc-dark-bg, #161b21);
    --_surface: var(--lpc-dark-surface, #202730);
    --_border: var(--lpc-dark-border, #8d98a5);
    --_focus: var(--lpc-dark-focus, #ffb74d);
    --_emergency: #ff9a8f;
    --_emergency-bg: #3b1512;
    --_urgent: #ffc06b;
    --_urgent-bg: #36260c;
    --_routine: #8cc4ff;
    --_routine-bg: #102a44;
    --_self-care: #86d69a;
    --_self-care-bg: #11301b;
  }

  /* Everything inside restates its typography: host-page rules on the element cannot reach in. */
  .card {
    /* Fills the space a page reserves with min-height, so nothing jumps when the widget starts. */
    min-height: inherit;
    color-scheme: light;
    box-sizing: border-box;
    font: 400 1em/1.5 var(--_font);
    letter-spacing: normal;
    text-align: start;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.25em;
    overflow-wrap: anywhere;
  }
  .card * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.4em;
    line-height: 1.25;
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  h3 {
    font-size: 1.05em;
    margin: 1.25em 0 0.35em;
    font-weight: 700;
  }
  p,
  ul {
    margin: 0 0 0.75em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 0.25em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible,
  a:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .note {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    padding: 0.6em 0.8em;
    border-radius: 4px;
  }
  .muted,
  .hint,
  .step {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .step {
    display: block;
    margin-bottom: 0.25em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  button,
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 48px;
    min-width: 48px;
    padding: 0.5em 1.2em;
    border-radius: calc(var(--_radius) / 1.5);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-decoration: none;
    line-height: 1.2;
    text-align: center;
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.25em;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    display: contents;
  }
  .options {
    display: grid;
    gap: 0.6em;
  }
  .options + .options,
  .group + .options,
  .group + .group {
    margin-top: 0.6em;
  }
  .group-title {
    font-weight: 700;
    margin: 1em 0 0.4em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-height: 48px;
    padding: 0.7em 0.85em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_bg);
    cursor: pointer;
    line-height: 1.35;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .option input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .error {
    color: var(--_emergency);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }

  .level {
    display: inline-block;
    font-weight: 700;
    padding: 0.3em 0.7em;
    border-radius: 8px;
    margin-bottom: 0.75em;
    border: 2px solid currentColor;
    color: var(--_level);
    background: var(--_level-bg);
  }
  .result {
    border-top: 8px solid var(--_level);
    margin: -1.25em -1.25em 0;
    padding: 1.25em;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .emergency {
    --_level: var(--_emergency);
    --_level-bg: var(--_emergency-bg);
  }
  .urgent {
    --_level: var(--_urgent);
    --_level-bg: var(--_urgent-bg);
  }
  .routine {
    --_level: var(--_routine);
    --_level-bg: var(--_routine-bg);
  }
  .self-care {
    --_level: var(--_self-care);
    --_level-bg: var(--_self-care-bg);
  }
  .action {
    background: var(--_level-bg);
    border-radius: calc(var(--_radius) / 1.5);
    padding: 1em;
    margin: 1em 0;
  }
  .action p:last-child {
    margin-bottom: 0;
  }
  .call {
    font-size: 1.25em;
    background: var(--_emergency);
    border-color: var(--_emergency);
    color: var(--_bg);
    width: 100%;
    margin-bottom: 0.5em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin: 0.5em 0;
  }
  .offices {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.6em;
    /* min(): never wider than the column, so a narrow screen or a grid host cannot overflow. */
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
  }
  .office {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding: 0.6em 0.8em;
    margin: 0;
  }
  .office a {
    display: inline-block;
    min-height: 24px;
    padding: 0.25em 0;
    margin-inline-end: 1em;
  }
  .told {
    list-style: none;
    padding: 0;
  }
  .told > li + li {
    margin-top: 0.5em;
  }
  .told ul {
    margin: 0;
  }
  .print-only {
    display: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .option,
    button {
      transition:
        border-color 0.15s,
        background-color 0.15s;
    }
  }
  @media (forced-colors: active) {
    .card,
    .option,
    .level,
    .action,
    .office {
      border: 2px solid CanvasText;
    }
    .option:has(input:checked) {
      outline: 3px solid Highlight;
    }
    button,
    .button {
      border: 2px solid ButtonText;
    }
  }
  @media print {
    :host {
      max-width: none;
    }
    .card {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }
    .actions,
    button,
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .action,
    .level {
      background: none;
      color: #000;
    }
  }
`;
