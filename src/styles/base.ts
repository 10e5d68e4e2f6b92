import {css} from './css.js';

/**
 * The frame, the tokens and what every view shares: type, links, buttons, notes. Public
 * `--lpc-*` properties are read once into private `--_*` ones. Sizes are px/em so the page's root
 * font size cannot shrink it.
 */

/** Dark values for the private tokens. A page's light colours rarely suit a dark background, so
 * dark mode reads --lpc-dark-*. Written without spaces: plain strings, unlike `css`, are not
 * minified. Literals joined by `+`, which the minifier folds into one string (a list joined at
 * run time costs 22 B more gzip). */
const dark =
  'color-scheme:dark;' +
  '--_accent:var(--lpc-dark-accent,#8cc4ff);' +
  '--_accent-text:var(--lpc-dark-accent-text,#0b1420);' +
  '--_text:var(--lpc-dark-text,#e9eef3);' +
  '--_muted:var(--lpc-dark-muted,#b9c2cc);' +
  '--_bg:var(--lpc-dark-bg,#161b21);' +
  '--_surface:var(--lpc-dark-surface,#202730);' +
  '--_border:var(--lpc-dark-border,#8d98a5);' +
  '--_focus:var(--lpc-dark-focus,#ffb74d);' +
  '--_emergency:#ff9a8f;' +
  '--_emergency-bg:#3b1512;' +
  '--_urgent:#ffc06b;' +
  '--_urgent-bg:#36260c;' +
  '--_routine:#8cc4ff;' +
  '--_routine-bg:#102a44;' +
  '--_self-care:#86d69a;' +
  '--_self-care-bg:#11301b';

export const base = css`
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
    /* Not !important: a page's own display rule, even display: none, must win. */
    display: block;
    box-sizing: border-box !important;
    font-size: 18px !important;
  }
  .screen {
    min-height: inherit;
  }
  /* A screen prepared for the next click, out of sight, in the flow like the one on show, so
     showing it moves nothing and lays out almost nothing again. content-visibility: hidden keeps
     what was styled and laid out for it (while .prep, in one task, with no height: no frame
     shows it, nothing moves) and skips it otherwise: not drawn, not focused, not read by screen
     readers, not found by find in page, and no height. */
  .spare {
    min-height: 0;
    content-visibility: hidden;
  }
  .prep {
    min-height: 0;
    contain: size;
  }
  :is(.spare, .prep) .later {
    display: none;
  }
  /* Browsers without content-visibility (Safari before 18): prepared, but not laid out. */
  @supports not (content-visibility: hidden) {
    .spare {
      display: none;
    }
  }
  /* Once a card shows (the element's custom state "card"), the element's layout is contained
     too: with many widgets on a page, a step in one lays out that one alone. Not before: the
     page's fallback, shown while another language's words arrive, shares the page's margins.
     Layout only, not paint: paint containment here would clip what a page draws around the card
     (a shadow on ::part(card), as in the README). */
  :host(:state(card)) {
    contain: layout;
  }
  /* The hidden attribute keeps working even when the page gives the element a display. */
  :host([hidden]) {
    display: none !important;
  }
  /* theme="dark", or theme="auto" on a system set to dark: CSS alone, no script, no re-render. */
  .card.dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .card.auto {
      ${dark}
    }
  }

  /* Everything inside restates its typography: host-page rules on the element cannot reach in. */
  .card {
    /* Inherited host CSS (text-indent, white-space: nowrap, text-transform, letter-spacing,
       visibility, -webkit-text-fill-color...) stops here; the properties below set ours. */
    all: initial;
    display: block;
    /* A step that changes the widget's height moves what follows it (the page's text, other
       widgets) as whole boxes: the browser need not walk their insides again to draw them. The
       card keeps its own containment beside the element's: without it, every card step cost 2
       to 5 ms more at 6x. Layout, paint and style: the card uses no counters or quotes. */
    contain: content;
    /* Fills the space a page reserves with min-height, so nothing jumps when the widget starts. */
    min-height: inherit;
    /* The frame, not the element, is limited and centred: the element keeps the box the page
       gave it before the script ran, so starting moves nothing around it. */
    max-width: var(--lpc-max-width, 40em);
    margin-inline: auto;
    color-scheme: light;
    font: 400 1em/1.5 var(--_font);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.25em;
    overflow-wrap: anywhere;
  }
  .card,
  .card * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.4em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1.25em 0 0.35em;
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
  /* A phone or emergency number moves to the next line whole; only a number wider than the
     line itself breaks, so nothing overflows at 320 px. */
  .num {
    display: inline-block;
    /* An inline block does not get its link's underline; it draws its own. */
    text-decoration: inherit;
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
  /* The language switch: at the top, out of the way of the heading, still a full-size target. */
  .languages {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .languages .error {
    flex-basis: 100%;
    margin: 0;
    text-align: end;
  }
`;
