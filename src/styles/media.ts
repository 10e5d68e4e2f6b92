import {css} from './css.js';

/** What applies across every view: reduced motion, forced colours (Windows high contrast), print. */
export const media = css`
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
    .card {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }
    .actions,
    .languages,
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
