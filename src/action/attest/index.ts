// Entry point of the attest action (action.yml -> dist/attest/index.js).
import { actionIO } from '../io.js';
import { readRunnerEnv } from './inputs.js';
import { runAttestAction } from './main.js';

void runAttestAction(actionIO(), readRunnerEnv());
