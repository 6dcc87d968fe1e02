package dev.postsummarizer.config.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Dev mode only: starts dynoxide (a DynamoDB-compatible server the build installs from npm) on 127.0.0.1
 * before the table is created, with its data kept in a git-ignored folder so it survives restarts. If
 * something already listens on the port, that server is used as it is.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class LocalDynamoDb {

    private static final Logger LOG = Logger.getLogger(LocalDynamoDb.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    @ConfigProperty(name = "local.dynamodb.start", defaultValue = "false")
    boolean start;
    @ConfigProperty(name = "local.dynamodb.port", defaultValue = "8000")
    int port;
    @ConfigProperty(name = "local.dynamodb.data-dir", defaultValue = ".local-data")
    String dataDir;
    @ConfigProperty(name = "local.dynamodb.binary",
            defaultValue = "src/local-servers/node_modules/@dynoxide/linux-x64/dynoxide")
    String binary;

    private Process process;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!start || listening()) {
            return;
        }
        try {
            Path data = Path.of(dataDir);
            Files.createDirectories(data);
            process = new ProcessBuilder(binary, "serve", "--host", "127.0.0.1", "--port", Integer.toString(port),
                    "--db-path", data.resolve("dynamodb.sqlite").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(data.resolve("dynoxide.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start dynoxide from " + binary
                    + " (run ./mvnw compile once to install it)", e);
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!listening()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new IllegalStateException("dynoxide did not start on port " + port + "; see " + dataDir
                        + "/dynoxide.log");
            }
            sleepBriefly();
        }
        LOG.infof("dynoxide listening on 127.0.0.1:%d, data in %s", port, dataDir);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (process != null) {
            process.destroy();
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for dynoxide", e);
        }
    }
}
