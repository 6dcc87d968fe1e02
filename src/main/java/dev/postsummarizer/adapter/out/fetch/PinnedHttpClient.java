package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * One GET to an already-checked address, on the Vert.x HTTP client (the engine under the Quarkus REST
 * Client). We use it directly rather than through a REST Client interface because only here can a request
 * name the socket address to connect to ({@link RequestOptions#setServer}) apart from the Host header and
 * TLS name: that is what makes the address the guard checked the address we connect to. Streaming the
 * body chunk by chunk also lets us stop reading at the cap instead of buffering whatever the server sends.
 *
 * <p>Redirects are never followed here, and nothing is decompressed here (the raw bytes are capped; the
 * caller decompresses with its own cap), so a gzip bomb never expands inside the network stack.
 */
public final class PinnedHttpClient implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient client;
    private final FetchSettings settings;

    public PinnedHttpClient(Vertx vertx, FetchSettings settings) {
        this.vertx = vertx;
        this.settings = settings;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(false) // every hop may pin a different address; never reuse a connection
                .setDecompressionSupported(false)
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(4));
    }

    /** A response: its head, and its raw (still encoded) body when {@code wantsBody} accepted the head. */
    public record RawResponse(ResponseHead head, byte[] body) {
    }

    public RawResponse get(GuardedTarget target, Instant deadline, Predicate<ResponseHead> wantsBody) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("fetch blocks; it must not run on an event loop thread");
        }
        long remainingMs = Duration.between(Instant.now(), deadline).toMillis();
        if (remainingMs <= 0) {
            throw timeout(target);
        }
        Promise<RawResponse> result = Promise.promise();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        long timer = vertx.setTimer(remainingMs, id -> {
            if (result.tryFail(new TimeoutException("total timeout")) && request.get() != null) {
                request.get().reset();
            }
        });
        result.future().onComplete(done -> vertx.cancelTimer(timer));

        // start on an event-loop context, so the response callbacks run on that loop as soon as the head
        // arrives and the body handler is in place before the first chunk (from a plain thread it may not be)
        vertx.getOrCreateContext().runOnContext(start -> client.request(options(target, remainingMs)).onComplete(opened -> {
            if (opened.failed()) {
                result.tryFail(opened.cause());
                return;
            }
            HttpClientRequest req = opened.result();
            request.set(req);
            if (result.future().isComplete()) {
                req.reset(); // the budget ran out while connecting: do not send a request nobody awaits
                return;
            }
            req.send().onComplete(sent -> {
                if (sent.failed()) {
                    result.tryFail(sent.cause());
                } else if (result.future().isComplete()) {
                    req.reset();
                } else {
                    read(req, sent.result(), wantsBody, result);
                }
            });
        }));
        return await(result, target, remainingMs);
    }

    private void read(HttpClientRequest req, HttpClientResponse response, Predicate<ResponseHead> wantsBody,
            Promise<RawResponse> result) {
        Map<String, String> headers = new HashMap<>();
        response.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        ResponseHead head = new ResponseHead(response.statusCode(), response.statusMessage(), headers);
        // resets below end the stream on purpose; without a handler Vert.x would log each one as an error
        response.exceptionHandler(result::tryFail);
        if (!wantsBody.test(head)) {
            result.tryComplete(new RawResponse(head, null));
            req.reset(); // do not download what we will not use
            return;
        }
        long cap = settings.maxBodyBytes();
        long declared = parseLength(head.header("content-length"));
        if (declared > cap) {
            result.tryFail(new BodyTooLarge());
            req.reset();
            return;
        }
        Buffer body = Buffer.buffer((int) Math.min(Math.max(declared, 16 * 1024), cap));
        response.handler(chunk -> {
            if (body.length() + (long) chunk.length() > cap) {
                if (result.tryFail(new BodyTooLarge())) {
                    req.reset(); // abort at the cap: the rest is never read
                }
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(v -> result.tryComplete(new RawResponse(head, body.getBytes())));
    }

    private RequestOptions options(GuardedTarget target, long remainingMs) {
        return new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(Math.min(settings.connectTimeout().toMillis(), remainingMs))
                .setIdleTimeout(remainingMs)
                .putHeader("User-Agent", settings.userAgent())
                .putHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .putHeader("Accept-Encoding", "gzip, deflate");
    }

    private RawResponse await(Promise<RawResponse> result, GuardedTarget target, long remainingMs) {
        try {
            // the Vert.x timer ends the exchange at the deadline; this wait is only a backstop
            return result.future().toCompletionStage().toCompletableFuture()
                    .get(remainingMs + 2_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw timeout(target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProcessingFailure.of(FailureKind.TIMEOUT, "fetch of " + target.url() + " was interrupted", e);
        } catch (ExecutionException e) {
            throw TransportFailures.map(e.getCause(), target, settings);
        }
    }

    private ProcessingFailure timeout(GuardedTarget target) {
        return TransportFailures.totalTimeout(target, settings);
    }

    private static long parseLength(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** Marks an exchange stopped because the body passed the cap. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("body larger than the cap", null, false, false);
        }
    }
}
