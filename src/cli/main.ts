#!/usr/bin/env node
import { handleError } from './common.js';
import { main } from './program.js';

main(process.argv).catch(handleError);
