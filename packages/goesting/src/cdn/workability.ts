/** CDN file for a page that embeds only the workability check and report: both widgets and <goesting-provider>. */
import '@goesting/core/define-provider.js';
import '@goesting/workability/define.js';
