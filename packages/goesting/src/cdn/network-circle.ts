/** CDN file for a page that embeds only <goesting-network-circle>: the widget and <goesting-provider>. */
import '@goesting/core/define-provider.js';
import '@goesting/network-circle/define.js';
