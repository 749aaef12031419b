import { createApp } from '../src/app.ts';
const app = createApp();
const res = await app.request('http://localhost/openapi.json');
process.stdout.write(await res.text());
