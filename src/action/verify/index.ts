// Entry point of the policy check action (verify/action.yml -> dist/verify/index.js).
import { readRunnerEnv } from '../input-values.js';
import { actionIO } from '../io.js';
import { runVerifyAction } from './main.js';

void runVerifyAction(actionIO(), readRunnerEnv());
