import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode must not try to launch a browser itself: `npm start` does that.
export default defineWebExtConfig({ disabled: true });
