package dev.postsummarizer.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared evaluation data lives: {@code -Deval.dir=…}, default ../shared/eval (never copied in). */
final class EvalData {

    private EvalData() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("eval.dir", "../shared/eval"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("evaluation data not found at " + dir.toAbsolutePath()
                    + " (set -Deval.dir=/path/to/shared/eval)");
        }
        return dir;
    }
}
