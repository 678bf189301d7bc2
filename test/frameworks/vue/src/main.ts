import { createApp } from 'vue';
import '@goesting/selfscan/define.js';
import App from './App.vue';

createApp(App).mount('#app');
