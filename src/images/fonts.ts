import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The fonts every picture is drawn with: DejaVu Sans from the `dejavu-fonts-ttf` package (its
 * licence ships in the package), loaded by path and never from the system, so every machine
 * draws the same pixels.
 */
const ttf = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FAMILY = 'DejaVu Sans';
export const FONT_FILES: readonly string[] = [path.join(ttf, 'DejaVuSans.ttf'), path.join(ttf, 'DejaVuSans-Bold.ttf')];
