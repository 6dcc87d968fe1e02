#!/usr/bin/env python3
"""Stand-ins for the Lambda harness's URL scenarios (issue 8): a page server and an OpenAI-compatible model.

The page server answers every GET with the project's Invision thread test page plus one paragraph naming the
requested path, so every URL has its own text (the summary cache keys on the text's hash and would otherwise
answer all but the first post without a model call); paths under /big/ get a page of about 2 MB. The model answers every chat completion with the same
grounded summary after a fixed delay, on as many connections at once as the function opens, as OpenAI chat
completions or, for paths ending in /converse, as Bedrock Converse.

Usage: stub_servers.py --page-port P --model-port M --model-delay-ms D   (runs until killed)
"""
import argparse
import http.server
import json
import threading
import time

from lambda_bench import QuietHandler  # same folder: the harness's handler base

PAGE = "src/test/resources/pages/invision-thread.html"
ANCHOR = "victory over Nazi Germany.</p>"
BIG_PAGE_BYTES = 2 * 1024 * 1024

ANSWER = {
    "summary": "According to The Irrawaddy, Myanmar's military leader Min Aung Hlaing is travelling to Moscow "
               "at the invitation of Russian President Vladimir Putin.",
    "keyFacts": [
        {"fact": "He was invited by Vladimir Putin", "evidence": "Invited by Russian President Vladimir Putin"},
        {"fact": "Leaders from China, India and Brazil are also expected",
         "evidence": "Leaders from China, India, and Brazil are also scheduled to attend"},
    ],
    "language": "en",
    "topics": ["Myanmar", "Russia"],
}


def page_handler(page):
    class Pages(QuietHandler):
        def do_GET(self):
            unique = f"{ANCHOR}<p>Bench reference {self.path}: the copy served for this request.</p>"
            if self.path.startswith("/big/"):
                unique += long_copy(BIG_PAGE_BYTES - len(page.encode("utf-8")))
            self.reply(200, page.replace(ANCHOR, unique, 1).encode("utf-8"), "text/html; charset=utf-8")
    return Pages


def long_copy(size):
    """Paragraphs of distinct sentences, about `size` bytes: makes /big/… pages about 2 MB long."""
    paragraphs, total, i = [], 0, 0
    while total < size:
        i += 1
        paragraph = (f"<p>Section {i} of the long report: the delegation held meeting number {i} with {i % 17 + 2} "
                     f"officials, and the minutes list {i * 3 % 101} agreements on trade, transport and energy. "
                     f"Observers counted {i % 9 + 1} press briefings that day.</p>\n")
        paragraphs.append(paragraph)
        total += len(paragraph)
    return "".join(paragraphs)


def model_handler(delay_s):
    content = json.dumps(ANSWER)

    class Model(QuietHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            time.sleep(delay_s)
            if self.path.endswith("/converse"):  # Bedrock Converse
                body = json.dumps({
                    "output": {"message": {"role": "assistant", "content": [{"text": content}]}},
                    "stopReason": "end_turn", "usage": {"inputTokens": 900, "outputTokens": 120, "totalTokens": 1020},
                    "metrics": {"latencyMs": int(delay_s * 1000)},
                }).encode("utf-8")
                return self.reply(200, body, "application/json")
            body = json.dumps({
                "id": "chatcmpl-bench", "object": "chat.completion", "created": 1764320000, "model": "bench-model",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 900, "completion_tokens": 120, "total_tokens": 1020},
            }).encode("utf-8")
            self.reply(200, body, "application/json")
    return Model


def serve(port, handler):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--page-port", type=int, required=True)
    parser.add_argument("--model-port", type=int, required=True)
    parser.add_argument("--model-delay-ms", type=int, default=0)
    args = parser.parse_args()
    with open(PAGE, encoding="utf-8") as f:
        page = f.read()
    if ANCHOR not in page:
        raise SystemExit(f"{PAGE} no longer contains {ANCHOR!r}: the per-URL paragraph has no place to go")
    serve(args.page_port, page_handler(page))
    serve(args.model_port, model_handler(args.model_delay_ms / 1000.0))
    threading.Event().wait()
