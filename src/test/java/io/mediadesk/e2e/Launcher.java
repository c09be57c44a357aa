package io.mediadesk.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code ./mediadesk} script in a child process, on the jar the build just made. */
final class Launcher {
    static final Path REPO = Path.of(System.getProperty("mediadesk.repo", "..")).toAbsolutePath().normalize();

    record Result(int code, String out, String err) {
    }

    private Launcher() {
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), args);
    }

    /** As {@link #run(String...)}, with {@code environment} added (e.g. a key in {@code MEDIADESK_PRIVATE_KEY}). */
    static Result run(java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return runScript(REPO.resolve("mediadesk"), environment, args);
    }

    /** As {@link #run(java.util.Map, String...)}, with another copy of the launcher script. */
    static Result runScript(Path script, java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mediadesk-out", ".txt");
        Path err = Files.createTempFile("mediadesk-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("MEDIADESK_NO_BUILD", "1");
            pb.environment().remove("MEDIADESK_PRIVATE_KEY");
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("mediadesk " + String.join(" ", args) + " did not finish within 60 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
