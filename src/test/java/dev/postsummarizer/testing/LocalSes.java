package dev.postsummarizer.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * SES v2 for a Quarkus test run: aws-ses-v2-local (npm, pinned in src/local-servers) on 127.0.0.1 and a free
 * port, forwarding every message it accepts over SMTP to an in-process GreenMail server, where tests read
 * the message as a mail client would receive it. Points the digest's SES client at the stand-in.
 */
public class LocalSes implements QuarkusTestResourceLifecycleManager {

    private static volatile String endpoint;
    private GreenMail greenMail;
    private LocalServerProcess ses;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(LocalServerProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        int port = LocalServerProcess.freePort();
        String cli = LocalServerProcess.localServersDir()
                .resolve("node_modules/aws-ses-v2-local/dist/cli.js").toAbsolutePath().toString();
        String smtp = "{\"host\":\"127.0.0.1\",\"port\":" + greenMail.getSmtp().getPort()
                + ",\"secure\":false,\"ignoreTLS\":true}";
        ses = LocalServerProcess.start("aws-ses-v2-local", port,
                List.of("node", cli, "--host", "127.0.0.1", "--port", Integer.toString(port)),
                Map.of("SMTP_TRANSPORT", smtp));
        endpoint = ses.url();
        return Map.of(
                "digest.ses.endpoint-override", endpoint,
                "digest.ses.region", "us-east-1",
                "digest.ses.local-credentials", "true");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(greenMail,
                new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (ses != null) {
            ses.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** The aws-ses-v2-local endpoint (its GET /store lists every message it accepted). */
    public static String endpoint() {
        return endpoint;
    }

    /** Marks the test field that receives the running GreenMail server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectGreenMail {
    }
}
