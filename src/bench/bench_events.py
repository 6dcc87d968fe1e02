#!/usr/bin/env python3
"""Events for the Lambda harness (issue 8). Every "{n}" in an event becomes a number of its own on each
invocation (lambda_bench.py does that), so each invocation is a new post.

Usage: bench_events.py OUT_DIR PAGE_PORT PAGE_PORT_2S   writes event-*.json into OUT_DIR
       bench_events.py --http-get POST_ID              prints GET /summaries/{id} as an HTTP API v2 event
"""
import json
import sys

PAGE = "src/test/resources/pages/invision-thread.html"
HTTP_GET = "src/test/resources/events/http-get-summary.json"


def write_events(out, pages, pages_2s):
    html = open(PAGE, encoding="utf-8").read()
    events = {
        "event-html.json": {"url": "https://forum.example.org/topic/{n}/", "html": html},
        "event-url-0ms.json": {"url": f"http://127.0.0.1:{pages}/topic/{{n}}/"},
        "event-url-2s.json": {"url": f"http://127.0.0.1:{pages_2s}/topic/{{n}}/"},
        "event-url-2mb.json": {"url": f"http://127.0.0.1:{pages}/big/{{n}}/"},
        "event-queue-10.json": {"Records": [sqs_record(i, f"http://127.0.0.1:{pages_2s}/batch/{{n}}/")
                                            for i in range(10)]},
    }
    for name, event in events.items():
        with open(f"{out}/{name}", "w", encoding="utf-8") as f:
            json.dump(event, f)


def sqs_record(index, url):
    return {"messageId": f"m-{index}-{{n}}", "receiptHandle": "bench", "body": url,
            "attributes": {"ApproximateReceiveCount": "1"}, "messageAttributes": {}, "eventSource": "aws:sqs",
            "eventSourceARN": "arn:aws:sqs:us-east-1:000000000000:bench", "awsRegion": "us-east-1"}


def http_get(post_id):
    event = json.load(open(HTTP_GET, encoding="utf-8"))
    event["rawPath"] = event["requestContext"]["http"]["path"] = f"/summaries/{post_id}"
    event["pathParameters"] = {"id": post_id}
    return event


if __name__ == "__main__":
    if sys.argv[1] == "--http-get":
        print(json.dumps(http_get(sys.argv[2])))
    else:
        write_events(*sys.argv[1:4])
