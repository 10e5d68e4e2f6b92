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
const banner = `/*! leg-pain-check ${version} | ${license} | Lit: BSD-3-Clause, (c) Google LLC */`;

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
    ecma: 2022,
    module: true,
    compress: {passes: 2},
    format: {comments: /^!/},
  }),
];

export default [
  {
    input: 'build/src/leg-pain-check.js',
    // English inside; each other language in a file of its own beside it, loaded on demand
    // (import() resolves relative to this file, so a self-hosted or CDN copy finds it).
    output: {
      dir: 'dist',
      format: 'es',
      banner,
      entryFileNames: 'leg-pain-check.js',
      chunkFileNames: 'leg-pain-check.[name].js',
    },
    plugins: plugins(),
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  },
  {
    // The classic script: the same code, no exports, so no global name on window.
    input: 'build/src/classic.js',
    // Classic scripts cannot load modules: every language is inside.
    output: {
      file: 'dist/leg-pain-check.iife.js',
      format: 'iife',
      banner,
      inlineDynamicImports: true,
    },
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
