import {css} from './css.js';

/** The office list under a result's call and book links. */
export const offices = css`
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
`;
