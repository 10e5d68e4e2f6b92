// The app's entry, as in a stock Vite React app. The test writes the README's React 19 block
// beside it as LegPainCheck.tsx, type-checks both, then bundles this file and runs it in Chromium.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {LegPainCheck} from './LegPainCheck.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LegPainCheck />
  </StrictMode>,
);
