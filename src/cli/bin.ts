#!/usr/bin/env node
// dist/cli.js: tune the heap, then load the CLI bundle (dist/cli-main.js) through the compile cache
// (src/core/compile-cache.ts).
import * as path from 'node:path';
import { loadBundle } from '../core/compile-cache.js';
import { tuneHeap } from '../core/heap.js';

tuneHeap();
loadBundle(path.join(__dirname, 'cli-main.js'), typeof __FLOWGUARD_MAIN_SHA__ === 'string' ? __FLOWGUARD_MAIN_SHA__ : '');
