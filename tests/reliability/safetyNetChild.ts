/**
 * Child process for the safety net test: installs the net as `main` does, then either
 * drops a rejected promise (`reject`) or throws out of a callback (`throw`), and
 * reports on stdout whether it is still running afterwards.
 */
import { createLogger } from '../../src/logger.ts';
import { installSafetyNet } from '../../src/safetyNet.ts';

const mode = process.argv[2];
installSafetyNet(createLogger('info'), () => {
  process.stdout.write('stopping\n');
});
if (mode === 'reject') void Promise.reject(new Error('lost in the background'));
else
  setImmediate(() => {
    throw new Error('thrown out of a callback');
  });
// Two turns of the event loop later the rejection or the exception has been handled.
setImmediate(() => setImmediate(() => setTimeout(() => process.stdout.write('still serving\n'), 0)));
