/** CDN file for a page that embeds only <goesting-hope-scale>: the widget and <goesting-provider>. */
import '@goesting/core/define-provider.js';
import '@goesting/hope-scale/define.js';
