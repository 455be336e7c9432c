import { defineConfig } from 'wxt';
import { loadMessages } from './lib/i18n/load-messages';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
  },
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push({
        relativeDest: '_locales/en/messages.json',
        contents: JSON.stringify(loadMessages(wxt.config.root, 'en'), null, 2),
      });
    },
  },
});
