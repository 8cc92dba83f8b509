"""What a keyboard or screen-reader user meets on a page, measured in Chromium: the tab order with
each stop's focus ring, the controls' accessible names as Chromium computes them, and text that is
clipped or overlaps after a style change."""

from __future__ import annotations

from typing import Any

# Roles a reader operates; each needs a name (WCAG 4.1.2).
CONTROL_ROLES = {
    "link",
    "button",
    "textbox",
    "searchbox",
    "checkbox",
    "radio",
    "combobox",
    "listbox",
    "menuitem",
    "tab",
    "switch",
    "slider",
    "spinbutton",
}

# The focused element's ring, what lies around it, and whether any part of it can be seen.
FOCUS_STOP_JS = """async () => {
  // Two frames: the theme's script resizes its sticky sidebars on scroll, and focus has just scrolled.
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const parse = c => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return [255, 255, 255, 1];
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const background = start => {
    const layers = [];
    for (let e = start; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let rgb = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) rgb = [r * a + rgb[0] * (1 - a), g * a + rgb[1] * (1 - a), b * a + rgb[2] * (1 - a)];
    return rgb;
  };
  const luminance = rgb => {
    const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(el);
  const offset = parseFloat(style.outlineOffset) || 0;
  const ring = parse(style.outlineColor).slice(0, 3);
  const around = background(offset < 0 ? el : el.parentElement);
  const [hi, lo] = [luminance(ring), luminance(around)].sort((a, b) => b - a);
  const seen = [...el.getClientRects()].some(r => {
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return r.width > 0 && r.height > 0 && hit !== null && (el === hit || el.contains(hit));
  });
  return {
    html: el.outerHTML.slice(0, 160),
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth) || 0,
    contrast: (hi + 0.05) / (lo + 0.05),
    seen,
  };
}"""


def tab_stops(page: Any, limit: int = 60) -> list[dict[str, Any]]:
    """Press Tab from the top of the page and describe every stop, until focus leaves the page."""
    stops: list[dict[str, Any]] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_STOP_JS)
        if stop is None or (stops and stop["html"] == stops[0]["html"]):
            break
        stops.append(stop)
    return stops


def unnamed_controls(page: Any) -> list[str]:
    """Controls whose accessible name, as Chromium's accessibility tree computes it, is empty."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
        problems = []
        for node in nodes:
            role = node.get("role", {}).get("value")
            if node.get("ignored") or role not in CONTROL_ROLES:
                continue
            if not str(node.get("name", {}).get("value", "")).strip():
                described = session.send("DOM.describeNode", {"backendNodeId": node["backendDOMNodeId"]})[
                    "node"
                ]
                problems.append(f"{role}: <{described['localName']} {described.get('attributes', [])}>")
        return problems
    finally:
        session.detach()


# Visible text that is cut off by a box that hides overflow, or drawn over other text.
TEXT_PROBLEMS_JS = """() => {
  const problems = [];
  const rects = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const hidden = e => {
    if (!e.checkVisibility({opacityProperty: true, visibilityProperty: true})) return true;
    for (; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      if (s.position === 'absolute' && r.width <= 1 && r.height <= 1) return true;  // visually hidden
      if (s.position === 'fixed' && (r.right <= 0 || r.left >= innerWidth)) return true;  // closed drawer
    }
    return false;
  };
  // The header bar and the navigation drawer's title shorten the site name and page title with "…" on
  // a small screen, as every phone layout does; the page's <title> and h1 hold them in full.
  const shortened = box => getComputedStyle(box).textOverflow === 'ellipsis' && box.closest('.md-header, .md-nav__title');
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, svg, [aria-hidden="true"]') || hidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const own = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0.5);
    for (const r of own) {
      // What of the text shows: a box that hides overflow loses the rest (a problem); a box that
      // scrolls keeps it within reach, so only the part in view can overlap anything.
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let box = parent; box && box !== document.documentElement; box = box.parentElement) {
        const s = getComputedStyle(box);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = box.getBoundingClientRect();
        const clips = v => v === 'hidden' || v === 'clip';
        const cutX = clips(s.overflowX) && (r.left < b.left - 1 || r.right > b.right + 1);
        const cutY = clips(s.overflowY) && (r.top < b.top - 1 || r.bottom > b.bottom + 1);
        if ((cutX || cutY) && !shortened(box)) {
          problems.push('clipped: "' + node.textContent.trim().slice(0, 40) + '" in <' + box.tagName.toLowerCase() + ' class="' + box.className + '">');
        }
        if (s.overflowX !== 'visible') [left, right] = [Math.max(left, b.left), Math.min(right, b.right)];
        if (s.overflowY !== 'visible') [top, bottom] = [Math.max(top, b.top), Math.min(bottom, b.bottom)];
      }
      if (right - left > 0.5 && bottom - top > 0.5) {
        rects.push({r: {left, top, right, bottom}, node, text: node.textContent.trim().slice(0, 40)});
      }
    }
  }
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i].r, b = rects[j].r;
      if (rects[i].node === rects[j].node) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > 2) problems.push('overlap: "' + rects[i].text + '" and "' + rects[j].text + '"');
    }
  }
  return [...new Set(problems)];
}"""


def text_problems(page: Any) -> list[str]:
    return page.evaluate(TEXT_PROBLEMS_JS)


def horizontal_overflow(page: Any) -> int:
    """How many CSS px the page is wider than the window (0 when it reflows)."""
    return page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth"
    )
