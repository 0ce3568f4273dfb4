import { tuneHeap } from '../core/heap.js';
import { run } from './main.js';

tuneHeap();
void run();
