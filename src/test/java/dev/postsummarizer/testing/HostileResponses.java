package dev.postsummarizer.testing;

import static dev.postsummarizer.testing.HostileServer.ascii;

import dev.postsummarizer.testing.HostileServer.Behaviour;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Responses for {@link HostileServer}: oversized, endless, slow, compressed bombs, mislabelled. */
public final class HostileResponses {


    private static final long MIB = 1024L * 1024L;
    private static byte[] gzipBomb;
    private static byte[] deflateBomb;

    private HostileResponses() {
    }

    /** 100 MiB of spaces, gzip-compressed (about 100 kB). */
    public static synchronized byte[] gzipBomb() {
        if (gzipBomb == null) {
            gzipBomb = compress(true, 100 * MIB);
        }
        return gzipBomb;
    }

    /** 100 MiB of spaces, zlib-deflated. */
    public static synchronized byte[] deflateBomb() {
        if (deflateBomb == null) {
            deflateBomb = compress(false, 100 * MIB);
        }
        return deflateBomb;
    }

    public static byte[] head(int status, String contentType, String... extra) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Hostile\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String header : extra) {
            head.append(header).append("\r\n");
        }
        boolean delimited = Arrays.stream(extra).anyMatch(h -> h.startsWith("Content-Length")
                || h.startsWith("Transfer-Encoding"));
        if (!delimited) {
            head.append("Connection: close\r\n");
        }
        return ascii(head.append("\r\n").toString());
    }

    public static Behaviour fixed(byte[] head, byte[] body) {
        return out -> {
            out.write(head);
            out.write(body);
            out.flush();
        };
    }

    public static Behaviour stream(byte[] head, long total) {
        return out -> {
            out.write(head);
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (long sent = 0; sent < total; sent += block.length) {
                out.write(block);
            }
        };
    }

    public static Behaviour chunked(long total, long pauseMillis) {
        return out -> {
            out.write(head(200, "text/html", "Transfer-Encoding: chunked"));
            byte[] data = ascii("<p>spam spam spam</p>".repeat(pauseMillis > 0 ? 1 : 3000));
            byte[] size = ascii(Integer.toHexString(data.length) + "\r\n");
            for (long sent = 0; sent < total; sent += data.length) {
                out.write(size);
                out.write(data);
                out.write(ascii("\r\n"));
                out.flush();
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
            out.write(ascii("0\r\n\r\n"));
        };
    }

    public static Behaviour dribbleBody() {
        return out -> {
            out.write(head(200, "text/html", "Content-Length: 100"));
            out.flush();
            for (int i = 0; i < 100; i++) {
                out.write('<');
                out.flush();
                Thread.sleep(1000);
            }
        };
    }

    public static Behaviour dribbleHead() {
        return out -> {
            for (byte b : head(200, "text/html")) {
                out.write(b);
                out.flush();
                Thread.sleep(1000);
            }
        };
    }

    private static byte[] compress(boolean gzip, long zeros) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = gzip ? new GZIPOutputStream(bytes, 64 * 1024)
                    : new DeflaterOutputStream(bytes)) {
                byte[] block = new byte[(int) MIB];
                Arrays.fill(block, (byte) ' ');
                for (long written = 0; written < zeros; written += block.length) {
                    out.write(block);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf16leWithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        return withBom;
    }
}
