/**
 * Types for React 19 + TypeScript: `<leg-pain-check>` and `<leg-pain-office>` in JSX, with their
 * attributes, the `offices` property and the `onlpc-start` / `onlpc-result` handlers typed.
 * Use it once in your app: `import type {} from 'leg-pain-check/react';`
 */
import type {CustomElements} from '../dist/jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
