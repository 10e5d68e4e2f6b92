// Serves the demo at http://localhost:8000/ (PORT picks another): "/" is demo/index.html, the
// bare snippet, the hostile page, the CSP pages and the configurator beside it.
import {startServer} from './lib/server.mjs';

const port = Number(process.env.PORT ?? 8000);
await startServer({port});
console.log(`leg-pain-check demo: http://localhost:${port}/`);
