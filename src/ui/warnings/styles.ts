/**
 * Styles of the warnings overlay. They live only inside the shadow root; `:host { all:
 * initial }` stops the page's inherited fonts and colours from leaking in. Own opaque
 * colours with a border and shadow keep the bubbles readable on light and dark pages.
 * `--sev` is the colour of the nearest bubble's or warning's severity (info uses the link blue).
 */
export const WARNINGS_CSS = `
:host { all: initial; }
.layer {
  font: 12.5px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --link: #0969da; --chip-fg: #fff;
}
.sev-error { --sev: #cf222e; }
.sev-warning { --sev: #9a6700; }
.sev-info { --sev: var(--link); }
@media (prefers-color-scheme: dark) {
  .layer { --bg: #1f242b; --fg: #e6edf3; --muted: #9aa5b1; --line: #3d444d; --link: #6cb6ff; --chip-fg: #111418; }
  .sev-error { --sev: #f47067; }
  .sev-warning { --sev: #daaa3f; }
}
.bubble {
  position: fixed; left: 0; top: 0; box-sizing: border-box;
  width: max-content; min-width: 180px; max-width: 300px; padding: 5px 6px 5px 9px;
  pointer-events: auto; visibility: hidden;
  background: var(--bg); color: var(--fg); text-align: left; word-break: break-word;
  border: 1px solid var(--line); border-left: 4px solid var(--sev); border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, .22), 0 0 0 1px rgba(0, 0, 0, .04);
}
.bubble[data-placed] { visibility: visible; }
.bubble.open { z-index: 1; max-width: 360px; }
.bubble:not(.open) .msg { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
[hidden] { display: none !important; }
.warning+.warning { border-top: 1px solid var(--line); margin-top: 6px; padding-top: 6px; }
.head { display: flex; align-items: center; gap: 6px; }
.open .head { align-items: flex-start; }
.head > * { flex: none; }
.msg { flex: 1; min-width: 0; }
.chip { margin-top: 3px; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 17px; color: var(--chip-fg); background: var(--sev); }
.chip, .details b { font-weight: 600; }
button { min-height: 24px; min-width: 24px; margin: 0; padding: 0; border: 0; background: none; font: inherit; line-height: 16px; cursor: pointer; }
button:hover { background: var(--line); }
button:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.close { border-radius: 4px; color: var(--muted); font-size: 16px; }
.close:hover { color: var(--fg); }
.more { padding: 0 6px; border: 1px solid var(--line); border-radius: 12px; color: var(--link); font-size: 11px; white-space: nowrap; }
.details { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
.details p { margin: 2px 0 0; }
.details b { color: var(--fg); }
`;
