/** Types of ci.js (plain CommonJS, so that global-setup.js can require it too). */
export function onCI(env?: Record<string, string | undefined>): boolean;
