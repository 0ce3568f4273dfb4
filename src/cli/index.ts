import { cli } from './main.js';
cli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => (process.exitCode = code));
