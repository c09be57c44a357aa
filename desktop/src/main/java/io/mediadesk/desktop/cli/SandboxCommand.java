package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.logging.Redactor;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk sandbox [--port N]}: the local stand-in of the hosted service, on loopback. It
 * prints its bases and throwaway key as soon as it listens (scripts wait for that first line), then
 * serves until stopped: Ctrl-C or SIGTERM run the shutdown hook, which stops it cleanly; an
 * in-process caller stops it by interrupting the thread running the command.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Run a local stand-in of the hosted service (REST API, uploads, purge, delivery URLs rendered by the engine)",
            "on 127.0.0.1 until stopped. Its data lives under <library>/sandbox; the key it prints is a throwaway for it only.",
            "JSON: {\"apiBase\",\"uploadBase\",\"urlEndpoint\",\"privateKey\"}"})
final class SandboxCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on; 0 (the default) takes any free port.")
    private int port;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new CommandFailure(ExitCode.USAGE, "--port must be 0..65535, was " + port, null);
        }
        Path data = root.global().library().resolve("sandbox");
        Sandbox sandbox = start(data);
        Redactor.registerSecret(sandbox.privateKey()); // printed once on purpose, never logged
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> stop(sandbox, stopped), "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        announce(sandbox, data);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(sandbox, stopped);
        }
        return ExitCode.OK.code();
    }

    private Sandbox start(Path data) throws IOException {
        try {
            return Sandbox.start(SandboxOptions.defaults().withPort(port).withDataFolder(data));
        } catch (BindException e) {
            throw new CommandFailure(ExitCode.USAGE, "port " + port + " is in use; pick another with --port, or --port 0 for any free one", e);
        } catch (IllegalStateException e) {
            throw new CommandFailure(ExitCode.REFUSED, e.getMessage() + " (stop that sandbox first)", e);
        }
    }

    private void announce(Sandbox sandbox, Path data) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("apiBase", sandbox.apiBase());
        json.put("uploadBase", sandbox.uploadBase());
        json.put("urlEndpoint", sandbox.urlEndpoint());
        json.put("privateKey", sandbox.privateKey());
        String text = String.join(System.lineSeparator(),
                "sandbox listening on 127.0.0.1:" + sandbox.port() + " (stop with Ctrl-C)",
                "apiBase      " + sandbox.apiBase(),
                "uploadBase   " + sandbox.uploadBase(),
                "urlEndpoint  " + sandbox.urlEndpoint(),
                "privateKey   " + sandbox.privateKey() + "   (a throwaway: valid for this sandbox only)",
                "data         " + data);
        new Output(spec.commandLine().getOut(), root.global().json()).result(json, text);
    }

    /** Idempotent: the shutdown hook and an interrupt may both ask. */
    private static void stop(Sandbox sandbox, CountDownLatch stopped) {
        synchronized (stopped) {
            if (stopped.getCount() > 0) {
                sandbox.close();
                stopped.countDown();
            }
        }
    }
}
