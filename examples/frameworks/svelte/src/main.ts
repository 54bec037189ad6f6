import { mount } from 'svelte';
import 'estimate-range';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
