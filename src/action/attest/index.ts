// Entry point of the attest action (action.yml -> dist/attest/index.js).

import { readRunnerEnv } from '../input-values.js';
import { actionIO } from '../io.js';
import { runAttestAction } from './main.js';

void runAttestAction(actionIO(), readRunnerEnv());
