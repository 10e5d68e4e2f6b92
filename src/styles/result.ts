import {css} from './css.js';

/** The result card: its level in words and colour, the action block, the visitor's answers. */
export const result = css`
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
`;
