/// The script `handbook serve` adds to every HTML page it serves (never to `handbook build`'s
/// output): it listens to the reload channel, reloads the page when it or one of its files
/// changed (keeping the scroll position), reconnects after the server restarts, and shows the
/// build's diagnostics over the page while the build fails. Every text goes in as text.
enum ReloadScript {
    static let path = "/__handbook/reload.js"
    static let eventsPath = "/__handbook/events"

    /// The tag inserted before `</body>`; `entityTag` is the page's own ETag, so the script can
    /// tell after reconnecting whether the page changed meanwhile.
    static func tag(entityTag: String) -> String {
        "<script src=\"\(path)\" data-etag=\"\(escapeAttribute(entityTag))\"></script>"
    }

    private static func escapeAttribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    static let source = #"""
    // handbook serve: live reload and the error overlay. Added only while previewing.
    (() => {
      "use strict";
      const script = document.currentScript;
      const pageTag = script ? script.dataset.etag : null;
      const scrollKey = "handbook-serve-scroll:" + location.pathname;
      const overlayID = "__handbook-serve-overlay";

      const saved = sessionStorage.getItem(scrollKey);
      if (saved) {
        sessionStorage.removeItem(scrollKey);
        try {
          const [x, y] = JSON.parse(saved);
          const restore = () => window.scrollTo(x, y);
          restore();
          window.addEventListener("load", restore, { once: true });
        } catch (_) {}
      }

      function reloadPage() {
        sessionStorage.setItem(scrollKey, JSON.stringify([window.scrollX, window.scrollY]));
        location.reload();
      }

      function normalise(path) {
        return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
      }

      function concernsThisPage(urls) {
        const changed = new Set(urls.map(normalise));
        if (changed.has(normalise(location.pathname))) return true;
        const selector = "link[href], script[src], img[src], source[src], video[src], audio[src], iframe[src]";
        for (const element of document.querySelectorAll(selector)) {
          try {
            const url = new URL(element.getAttribute("href") || element.getAttribute("src"), location.href);
            if (url.origin === location.origin && changed.has(normalise(url.pathname))) return true;
          } catch (_) {}
        }
        return false;
      }

      async function reloadIfStale() {
        if (!pageTag) return;
        try {
          const response = await fetch(location.href, { method: "HEAD", cache: "no-store" });
          const tag = response.headers.get("ETag");
          if (tag && tag !== pageTag) reloadPage();
        } catch (_) {}
      }

      function hideOverlay() {
        const overlay = document.getElementById(overlayID);
        if (overlay) overlay.remove();
      }

      function element(name, text) {
        const made = document.createElement(name);
        if (text !== undefined) made.textContent = text;
        return made;
      }

      function showOverlay(report) {
        hideOverlay();
        const host = element("div");
        host.id = overlayID;
        const root = host.attachShadow({ mode: "open" });
        const style = element("style", `
          :host { all: initial; }
          section { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; box-sizing: border-box;
            padding: 2rem; background: rgba(24, 24, 27, 0.94); color: #f4f4f5;
            font: 15px/1.5 system-ui, sans-serif; }
          h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #fca5a5; }
          ul { margin: 1rem 0 0; padding: 0; list-style: none; }
          li { margin: 0 0 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere;
            font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
          li.error { color: #fecaca; } li.warning { color: #fde68a; } li.note { color: #bfdbfe; }
          button { float: right; font: inherit; padding: 0.25rem 0.75rem; }`);
        const panel = element("section");
        panel.setAttribute("role", "alert");
        const close = element("button", "Hide");
        close.type = "button";
        close.addEventListener("click", hideOverlay);
        const list = element("ul");
        for (const line of report.lines) {
          const item = element("li", line.text);
          item.className = line.severity;
          list.append(item);
        }
        panel.append(close, element("h2", report.title),
          element("p", "This page is from the last good build. Fix the problems and save: this goes away."), list);
        root.append(style, panel);
        document.documentElement.append(host);
      }

      let retryDelay = 500;
      function connect() {
        const source = new EventSource("/__handbook/events");
        source.addEventListener("hello", () => {
          retryDelay = 500;
          hideOverlay();
          reloadIfStale();
        });
        source.addEventListener("reload", (event) => {
          const data = JSON.parse(event.data);
          if (data.all || concernsThisPage(data.urls)) reloadPage();
        });
        source.addEventListener("problems", (event) => showOverlay(JSON.parse(event.data)));
        source.addEventListener("resolved", hideOverlay);
        source.addEventListener("error", () => {
          if (source.readyState !== EventSource.CLOSED) return;
          setTimeout(connect, retryDelay);
          retryDelay = Math.min(retryDelay * 2, 5000);
        });
      }
      connect();
    })();
    """#
}
