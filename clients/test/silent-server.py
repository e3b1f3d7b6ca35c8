#!/usr/bin/env python3
"""A language server that does nothing: it answers initialize and shutdown, answers every
other request with null and never publishes a diagnostic. The end-to-end tests must fail
against it (negative.sh), which shows they test distlint and not the editor alone."""
import json
import sys


def read():
    length = None
    while True:
        line = sys.stdin.buffer.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return json.loads(sys.stdin.buffer.read(length))


def send(msg):
    body = json.dumps(msg).encode()
    sys.stdout.buffer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    sys.stdout.buffer.flush()


while True:
    msg = read()
    if msg is None or msg.get("method") == "exit":
        break
    if "id" in msg and "method" in msg:
        result = None
        if msg["method"] == "initialize":
            result = {"capabilities": {"textDocumentSync": 1, "hoverProvider": True, "completionProvider": {}},
                      "serverInfo": {"name": "silent"}}
        send({"jsonrpc": "2.0", "id": msg["id"], "result": result})
