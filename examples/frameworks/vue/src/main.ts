import { createApp } from 'vue';
import 'estimate-range';
import App from './App.vue';

createApp(App).mount('#app');
