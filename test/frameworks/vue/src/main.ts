import { createApp } from 'vue';
import '@goesting/selfscan/define.js';
import '@goesting/workability/define-check.js';
import App from './App.vue';

createApp(App).mount('#app');
