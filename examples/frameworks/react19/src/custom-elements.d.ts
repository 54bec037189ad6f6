/// <reference types="estimate-range/types/react" />
