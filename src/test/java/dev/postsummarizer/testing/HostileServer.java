package dev.postsummarizer.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberately misbehaving HTTP/1.1 server on 127.0.0.1 and a free port, written on raw sockets so it
 * can do what a well-behaved server library will not: stream forever, dribble a byte a second, lie about
 * lengths. It counts the bytes each path managed to send, so tests can prove the client stopped reading.
 */
public final class HostileServer implements AutoCloseable {

    /** Writes a whole response (status line included) to the socket. */
    @FunctionalInterface
    public interface Behaviour {
        void respond(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();

    public HostileServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        threads.submit(this::acceptLoop);
    }

    public HostileServer on(String path, Behaviour behaviour) {
        behaviours.put(path, behaviour);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** Bytes the server wrote for a path before the client went away (or it finished). */
    public long bytesSent(String path) {
        return sent.getOrDefault(path, new AtomicLong()).get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                threads.submit(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // headers are not needed
            }
            String path = requestLine == null ? "/" : requestLine.split(" ")[1];
            AtomicLong counter = sent.computeIfAbsent(path, p -> new AtomicLong());
            Behaviour behaviour = behaviours.getOrDefault(path, out -> out.write(
                    "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            behaviour.respond(new CountingStream(connection.getOutputStream(), counter));
        } catch (IOException | InterruptedException clientWentAway) {
            // expected: the fetcher aborts hostile responses
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private final AtomicLong counter;

        CountingStream(OutputStream out, AtomicLong counter) {
            this.out = out;
            this.counter = counter;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            counter.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            counter.addAndGet(len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
