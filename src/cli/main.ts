#!/usr/bin/env node
import '../core/nn/f32/node-thread.js'; // the f32 engine's helper thread (Node main thread only)
import { handleError } from './common.js';
import { main } from './program.js';

main(process.argv).catch(handleError);
