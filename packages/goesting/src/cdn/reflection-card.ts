/** CDN file for a page that embeds only <goesting-reflection-card>: the widget and <goesting-provider>. */
import '@goesting/core/define-provider.js';
import '@goesting/reflection-card/define.js';
