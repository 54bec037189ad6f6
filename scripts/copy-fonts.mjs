// The font the static renderer measures and draws in by default, copied into dist/fonts/ for the
// package to ship: Source Sans 3 regular and bold, unmodified, with its SIL Open Font License (which
// allows redistribution with the licence; the Reserved Font Name only binds modified versions).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const from = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/package.json'));
const to = 'dist/fonts';
mkdirSync(to, { recursive: true });
copyFileSync(join(from, '400Regular/SourceSans3_400Regular.ttf'), join(to, 'SourceSans3-Regular.ttf'));
copyFileSync(join(from, '700Bold/SourceSans3_700Bold.ttf'), join(to, 'SourceSans3-Bold.ttf'));
copyFileSync(join(from, 'LICENSE_FONT'), join(to, 'OFL.txt'));
