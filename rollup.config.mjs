import {readFileSync} from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const {version, license} = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
);
// The first line of every built file: which version, and the licences. `/*!` survives terser.
// Lit's BSD-3-Clause licence asks that its notice travel with it.
const banner = `/*! leg-pain-check ${version} | ${license} License | includes Lit, BSD-3-Clause, Copyright Google LLC */`;

// Bundles the tsc output (build/src) into one minified file with Lit's production build inside.
const plugins = () => [
  replace({
    preventAssignment: true,
    values: {'process.env.NODE_ENV': JSON.stringify('production'), __VERSION__: version},
  }),
  // No "development" export condition: Lit resolves to its production build.
  nodeResolve({exportConditions: ['production', 'browser']}),
  minifyHTML(),
  terser({
    ecma: 2021,
    module: true,
    compress: {passes: 2},
    format: {comments: /^!/},
  }),
];

export default [
  {
    input: 'build/src/leg-pain-check.js',
    output: {file: 'dist/leg-pain-check.js', format: 'es', banner},
    plugins: plugins(),
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  },
  {
    // The classic script: the same code, no exports, so no global name on window.
    input: 'build/src/classic.js',
    output: {file: 'dist/leg-pain-check.iife.js', format: 'iife', banner},
    plugins: plugins(),
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  },
  {
    // What Node and workers import (package.json "node" and "worker" conditions): no DOM.
    input: 'build/src/server.js',
    output: {file: 'dist/leg-pain-check.node.js', format: 'es', banner},
    plugins: plugins(),
  },
];
