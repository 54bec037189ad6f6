/// <reference types="estimate-range/types/svelte" />
