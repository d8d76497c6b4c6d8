// WXT build configuration: one manifest for Chrome and Firefox (MV3), minimal permissions.
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the collection (IndexedDB) is never evicted under storage pressure and is not
    // counted against the origin's quota.
    // offscreen (Chrome only): bulk capture parses fetched pages in an offscreen document, since the
    // MV3 service worker has no DOMParser; Firefox's background page parses them itself.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['https://www.mofa.go.jp/*'],
    // The sync server the user configures; asked for at runtime (its CORS also admits the extension).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-readout': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'readouts@readouts.example',
              strict_min_version: '140.0',
              // Nothing goes to the developer; sync sends readouts only to the server the user sets up.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
