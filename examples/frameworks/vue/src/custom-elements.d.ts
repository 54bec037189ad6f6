/// <reference types="estimate-range/types/vue" />
