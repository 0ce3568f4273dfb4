// Replaced at build time from package.json; the fallback serves tests that run the TypeScript sources.
import pkg from '../package.json';

export const VERSION: string = typeof __FLOWGUARD_VERSION__ !== 'undefined' && __FLOWGUARD_VERSION__ ? __FLOWGUARD_VERSION__ : pkg.version;
export const INFORMATION_URI = 'https://github.com/flowguard/flowguard';
