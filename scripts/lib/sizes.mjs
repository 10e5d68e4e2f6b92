// Compressed sizes as the budgets count them: gzip level 9 and brotli quality 11.
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

export const gzip = (data) => gzipSync(data, {level: 9}).length;
export const brotli = (data) =>
  brotliCompressSync(data, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
/** "15.86 KB (16241 B)" */
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB (${bytes} B)`;
