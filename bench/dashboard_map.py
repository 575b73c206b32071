"""Times the dashboard's embedding map in headless Chromium (Debian's chromium and chromedriver, driven through the
WebDriver protocol with the standard library only): for each page address, LOADS fresh loads, each read from
FMNIST.metrics.embedding (ms from the start of the view to the first frame drawn, and to the end of drawing) and
performance.now() when the map is drawn (ms from the start of the page's navigation). The first load warms the
browser's caches and is reported apart.

usage: python3 bench/dashboard_map.py LOADS URL...
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

PORT = 9531


def call(method, path, body=None):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())["value"]


def main():
    loads = int(sys.argv[1])
    driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={PORT}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    session = None
    try:
        for _ in range(100):
            try:
                call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        session = call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1100"]}}}})["sessionId"]

        def js(script):
            return call("POST", f"/session/{session}/execute/sync", {"script": script, "args": []})

        for url in sys.argv[2:]:
            runs = []
            for _ in range(loads + 1):
                call("POST", f"/session/{session}/url", {"url": "about:blank"})
                call("POST", f"/session/{session}/url", {"url": url})
                deadline = time.time() + 60
                metrics = None
                while metrics is None and time.time() < deadline:
                    metrics = js("const m = window.FMNIST && FMNIST.metrics && FMNIST.metrics.embedding;"
                                 " return m && m.renderedMs != null ? Object.assign({page: performance.now()}, m) : null")
                    time.sleep(0.02)
                if metrics is None:
                    sys.exit(f"{url}: the map was not drawn within 60 s")
                runs.append(metrics)
            warm = runs[1:]
            first = [r["firstFrameMs"] for r in warm]
            page = [r["page"] for r in warm]
            print(f"{url}\n  {warm[0]['points']:,} points; {loads} loads after one warm-up:"
                  f" view start to first frame median {statistics.median(first):.0f} ms"
                  f" (min {min(first):.0f}, max {max(first):.0f});"
                  f" navigation to map drawn median {statistics.median(page):.0f} ms"
                  f" (min {min(page):.0f}, max {max(page):.0f}); warm-up load {runs[0]['firstFrameMs']:.0f} ms")
    finally:
        if session:
            try:
                call("DELETE", f"/session/{session}")
            except (urllib.error.URLError, ConnectionError):
                pass
        driver.terminate()
        driver.wait(10)


if __name__ == "__main__":
    main()
