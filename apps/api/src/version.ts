import rootPackage from '../../../package.json' with { type: 'json' };

export const APP_VERSION: string = rootPackage.version;
export const API_VERSION = 'v1';
