/**
 * Every language the package ships, registered at once: for the server and static renderers, which
 * draw in one pass with nothing to wait for, and for the package's entry, whose one-file build
 * (dist/estimate-range.min.js) must need no other file to speak them.
 */
import { registerMessages } from './messages.js';
import { messages as uk } from './messages-uk.js';

registerMessages('uk', uk);
