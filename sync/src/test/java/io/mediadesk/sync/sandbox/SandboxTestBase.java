package io.mediadesk.sync.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh sandbox per test, with plain JDK calls against it. */
abstract class SandboxTestBase {
    protected Sandbox sandbox;
    protected Calls calls;

    protected SandboxOptions options() {
        return SandboxOptions.defaults();
    }

    @BeforeEach
    void startSandbox() throws Exception {
        sandbox = Sandbox.start(options());
        calls = new Calls(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    /** Uploads a small text file at exactly {@code folder + name} and returns its fileId. */
    protected String uploadText(String folder, String name, String text) {
        return calls.upload(name, text.getBytes(StandardCharsets.UTF_8), Map.of("folder", folder, "useUniqueFileName", "false"))
                .json().get("fileId").asText();
    }
}
