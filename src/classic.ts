/**
 * The classic (non-module) build's entry: defines the element and exposes nothing global, for
 * page builders that cannot add `type="module"`.
 */
import './leg-pain-check.js';
