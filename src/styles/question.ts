import {css} from './css.js';

/** A question step: the fieldset, grouped options as large targets, the error line. */
export const question = css`
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
`;
