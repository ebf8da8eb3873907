/**
 * Styles of the warnings overlay. They live only inside the shadow root; `:host { all:
 * initial }` stops the page's inherited fonts and colours from leaking in. Own opaque
 * colours with a border and shadow keep the bubbles readable on light and dark pages.
 */
export const WARNINGS_CSS = `
:host { all: initial; }
.layer {
  position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none;
  font: 12.5px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --link: #0969da;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --chip-fg: #ffffff;
}
@media (prefers-color-scheme: dark) {
  .layer { --bg: #1f242b; --fg: #e6edf3; --muted: #9aa5b1; --line: #3d444d; --link: #6cb6ff;
    --error: #f47067; --warning: #daaa3f; --info: #6cb6ff; --chip-fg: #111418; }
}
.bubble {
  position: fixed; left: 0; top: 0; box-sizing: border-box;
  width: max-content; min-width: 180px; max-width: 300px; padding: 5px 6px 5px 9px;
  pointer-events: auto; visibility: hidden;
  background: var(--bg); color: var(--fg); text-align: left; white-space: normal; word-break: break-word;
  border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, .22), 0 0 0 1px rgba(0, 0, 0, .04);
}
.bubble[data-placed] { visibility: visible; }
.bubble.open { z-index: 1; max-width: 360px; }
.bubble:not(.open) .msg { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
[hidden] { display: none !important; }
.bubble.sev-error { border-left-color: var(--error); }
.bubble.sev-warning { border-left-color: var(--warning); }
.warning + .warning { border-top: 1px solid var(--line); margin-top: 6px; padding-top: 6px; }
.head { display: flex; align-items: center; gap: 6px; }
.open .head { align-items: flex-start; }
.chip { flex: none; margin-top: 1px; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: 600; line-height: 17px; color: var(--chip-fg); background: var(--info); }
.sev-error > .head > .chip { background: var(--error); }
.sev-warning > .head > .chip { background: var(--warning); }
.msg { flex: 1; min-width: 0; }
button { font: inherit; color: inherit; margin: 0; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.close { flex: none; width: 18px; height: 18px; padding: 0; border: 0; border-radius: 4px; background: transparent; color: var(--muted); font-size: 16px; line-height: 16px; }
.close:hover { background: var(--line); color: var(--fg); }
.more { flex: none; display: inline-flex; align-items: center; gap: 3px; height: 18px; padding: 0 4px; border: 1px solid var(--line); border-radius: 9px; background: transparent; color: var(--link); font-size: 11px; line-height: 16px; }
.more:hover { background: var(--line); }
.count { font-weight: 600; }
.details { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
.details p { margin: 2px 0 0; }
.details b { color: var(--fg); font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
