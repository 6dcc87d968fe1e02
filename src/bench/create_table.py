#!/usr/bin/env python3
"""Creates the summaries table in the harness's local DynamoDB, with the key schema and index the function
expects (as serverless.yml and SummaryTableCreator define them), so that the function starts as in AWS:
without creating a table during its init.

Usage: create_table.py ENDPOINT TABLE [TABLE ...]
"""
import json
import sys
import time
import urllib.request


def call(endpoint, operation, body):
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    request = urllib.request.Request(endpoint, data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": f"DynamoDB_20120810.{operation}",
        "X-Amz-Date": stamp,
        # the local server reads the header but checks no signature
        "Authorization": f"AWS4-HMAC-SHA256 Credential=bench/{stamp[:8]}/us-east-1/dynamodb/aws4_request, "
                         "SignedHeaders=host;x-amz-date, Signature=bench",
    })
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def create(endpoint, table):
    call(endpoint, "CreateTable", {
        "TableName": table,
        "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [{"AttributeName": name, "AttributeType": "S"}
                                 for name in ("postId", "digestDay", "summarizedAt")],
        "KeySchema": [{"AttributeName": "postId", "KeyType": "HASH"}],
        "GlobalSecondaryIndexes": [{
            "IndexName": "byDigestDay",
            "KeySchema": [{"AttributeName": "digestDay", "KeyType": "HASH"},
                          {"AttributeName": "summarizedAt", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"},
        }],
    })


if __name__ == "__main__":
    for name in sys.argv[2:]:
        create(sys.argv[1], name)
