/** CDN file for a page that embeds only <goesting-selfscan>: the widget and <goesting-provider>. */
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define.js';
