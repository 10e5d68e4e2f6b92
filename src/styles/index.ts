/**
 * One stylesheet per view, adopted together by the root: the views render into the root's shadow
 * root, so parts are reachable from the page and nothing leaks in or out.
 */
import {base} from './base.js';
import {media} from './media.js';
import {offices} from './offices.js';
import {question} from './question.js';
import {result} from './result.js';

// Media rules last, so print and forced colours override each view's own rules.
export const styles = base + question + result + offices + media;
