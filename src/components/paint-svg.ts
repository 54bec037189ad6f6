/**
 * Paints a rendered SVG onto a canvas, element by element, from the browser's computed styles: the
 * shapes the charts draw (rect, circle, line, path, text, groups with transforms, linear gradients).
 *
 * Why not `drawImage` of the SVG as an image: an image from a `blob:` or `data:` URL is blocked by a
 * page whose policy says `img-src 'self'` (the strict policy the charts honour), and a canvas cannot
 * draw an SVG any other way. This draws what the browser has already styled, so the PNG has the
 * colours and fonts of the SVG exactly, under any policy.
 */

const SHAPES = new Set(['rect', 'circle', 'line', 'path', 'text']);
/** What is never painted: definitions, metadata, a chart's hit areas and focus frame. */
const SKIP = new Set(['defs', 'desc', 'title', 'style', 'linearGradient', 'script']);

const px = (value: string | null, fallback = 0): number => {
  const n = parseFloat(value ?? '');
  return Number.isFinite(n) ? n : fallback;
};

/** A `url(#id)` paint as a canvas gradient over the shape's box, or the colour itself. */
function paintFor(
  ctx: CanvasRenderingContext2D,
  value: string,
  root: ShadowRoot | Document,
  box: { x: number; y: number; width: number; height: number },
): string | CanvasGradient | undefined {
  if (!value || value === 'none') return undefined;
  const ref = /url\(["']?#([^"')]+)["']?\)/.exec(value);
  if (!ref) return value;
  const gradient = root.getElementById(ref[1]);
  if (!(gradient instanceof SVGLinearGradientElement)) return undefined;
  const at = (name: string, fallback: number) => px(gradient.getAttribute(name), fallback);
  const g = ctx.createLinearGradient(
    box.x + at('x1', 0) * box.width,
    box.y + at('y1', 0) * box.height,
    box.x + at('x2', 1) * box.width,
    box.y + at('y2', 0) * box.height,
  );
  for (const stop of Array.from(gradient.querySelectorAll('stop'))) {
    const style = getComputedStyle(stop);
    const opacity = px(style.getPropertyValue('stop-opacity'), 1);
    g.addColorStop(
      Math.min(1, Math.max(0, px(stop.getAttribute('offset')))),
      withAlpha(style.getPropertyValue('stop-color'), opacity),
    );
  }
  return g;
}

/** A CSS colour with its alpha multiplied (`rgb(…)` and `rgba(…)` as computed styles give them). */
function withAlpha(color: string, alpha: number): string {
  if (alpha >= 1) return color;
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return color;
  const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
  return `rgba(${r}, ${g}, ${b}, ${px(a, 1) * alpha})`;
}

function paintShape(
  ctx: CanvasRenderingContext2D,
  el: SVGGraphicsElement,
  root: ShadowRoot | Document,
  opacity: number,
) {
  const style = getComputedStyle(el);
  const tag = el.localName;
  const attr = (name: string) => px(el.getAttribute(name));
  let box = { x: 0, y: 0, width: 0, height: 0 };
  let path: Path2D | undefined;
  if (tag === 'rect') {
    box = { x: attr('x'), y: attr('y'), width: attr('width'), height: attr('height') };
    path = new Path2D();
    const r = Math.min(attr('rx'), box.width / 2, box.height / 2);
    if (r > 0) path.roundRect(box.x, box.y, box.width, box.height, r);
    else path.rect(box.x, box.y, box.width, box.height);
  } else if (tag === 'circle') {
    const [cx, cy, r] = [attr('cx'), attr('cy'), attr('r')];
    box = { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
    path = new Path2D();
    path.arc(cx, cy, r, 0, 2 * Math.PI);
  } else if (tag === 'line') {
    path = new Path2D();
    path.moveTo(attr('x1'), attr('y1'));
    path.lineTo(attr('x2'), attr('y2'));
  } else if (tag === 'path') {
    path = new Path2D(el.getAttribute('d') ?? '');
    const b = el.getBBox();
    box = { x: b.x, y: b.y, width: b.width, height: b.height };
  }
  const fillOpacity = opacity * px(style.getPropertyValue('fill-opacity'), 1);
  const strokeOpacity = opacity * px(style.getPropertyValue('stroke-opacity'), 1);
  const stroke = style.getPropertyValue('stroke');
  const strokeWidth = px(style.getPropertyValue('stroke-width'), 1);
  const dashes = style
    .getPropertyValue('stroke-dasharray')
    .split(/[\s,]+/)
    .map((d) => parseFloat(d))
    .filter((d) => Number.isFinite(d));
  ctx.lineWidth = strokeWidth;
  ctx.lineCap = (style.getPropertyValue('stroke-linecap') as CanvasLineCap) || 'butt';
  ctx.lineJoin = (style.getPropertyValue('stroke-linejoin') as CanvasLineJoin) || 'miter';
  ctx.setLineDash(dashes);
  if (tag === 'text') {
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const anchor = style.getPropertyValue('text-anchor') || el.getAttribute('text-anchor') || 'start';
    ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'end' : 'start';
    ctx.textBaseline = 'alphabetic';
    const text = el.textContent ?? '';
    const fill = paintFor(ctx, style.getPropertyValue('fill'), root, box);
    if (fill) {
      ctx.globalAlpha = fillOpacity;
      ctx.fillStyle = fill;
      ctx.fillText(text, attr('x'), attr('y'));
    }
    return;
  }
  if (!path) return;
  const fill = tag === 'line' ? undefined : paintFor(ctx, style.getPropertyValue('fill'), root, box);
  if (fill) {
    ctx.globalAlpha = fillOpacity;
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  const strokePaint = paintFor(ctx, stroke, root, box);
  if (strokePaint && strokeWidth > 0) {
    ctx.globalAlpha = strokeOpacity;
    ctx.strokeStyle = strokePaint;
    ctx.stroke(path);
  }
}

/**
 * Paints `svg` (in the document, so that it has computed styles) at `scale` device pixels per CSS
 * pixel onto a new canvas of the SVG's size, over `background`.
 */
export function paintSvg(svg: SVGSVGElement, scale: number, background: string): HTMLCanvasElement {
  const width = px(svg.getAttribute('width'));
  const height = px(svg.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser gave no 2D canvas to draw the image on');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const root = svg.getRootNode() as ShadowRoot | Document;
  const screen = svg.getScreenCTM();
  const walk = (node: Element, opacity: number) => {
    if (SKIP.has(node.localName)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const alpha = opacity * px(style.opacity, 1);
    if (SHAPES.has(node.localName) && node instanceof SVGGraphicsElement) {
      // Each shape in the SVG's own coordinates, through every transform above it.
      const m = node.getScreenCTM();
      if (m && screen) {
        const local = screen.inverse().multiply(m);
        ctx.setTransform(
          scale * local.a,
          scale * local.b,
          scale * local.c,
          scale * local.d,
          scale * local.e,
          scale * local.f,
        );
      }
      paintShape(ctx, node, root, alpha);
    }
    for (const child of Array.from(node.children)) walk(child, alpha);
  };
  for (const child of Array.from(svg.children)) walk(child, 1);
  return canvas;
}
