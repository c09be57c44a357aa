package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.app.DesktopApp;
import io.mediadesk.desktop.logging.Redactor;
import io.mediadesk.sync.credential.CredentialChain;
import io.mediadesk.sync.credential.CredentialSource;
import io.mediadesk.sync.credential.EnvironmentCredentials;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mediadesk}: with no command, the desktop window; with one, a headless run that exits. */
@Command(name = "mediadesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Desktop console and media library for an ImageKit-compatible image CDN.",
            "With no command, opens the window on the library."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:unexpected internal error (a bug: please report it)",
            "2:usage error: unknown command or flag, missing argument",
            "3:invalid transformation string",
            "4:input image rejected",
            "5:remote service error",
            "6:refused for safety (the library is in use, a sync would delete too much, a preset in use or changed meanwhile)"})
public final class MediadeskCommand implements Callable<Integer> {
    /**
     * The commands, in the order {@code --help} lists them. Added to the command line only when the
     * arguments are more than the window's (see {@link #run}): picocli reads each one's annotations,
     * which cost the window about 0.3 s of CPU before its first frame (docs/BENCHMARKS.md).
     */
    private static final List<Class<?>> COMMANDS = List.of(TransformCommand.class, InfoCommand.class, ImportCommand.class,
            SearchCommand.class, TagCommand.class, DeleteCommand.class, RestoreCommand.class, LibraryCommand.class,
            UrlCommand.class, SandboxCommand.class, SyncCommand.class, PurgeCommand.class, PresetsCommand.class,
            SearchesCommand.class, RateCommand.class, LabelCommand.class, FolderCommand.class, AuditCommand.class,
            SimilarCommand.class, XmpCommand.class, VersionsCommand.class, ReplaceCommand.class);

    @Mixin
    private GlobalOptions global;

    /** Where the private key comes from: the OS credential store, then the environment; or what a test plants. */
    private CredentialSource credentials = CredentialChain.standard();

    /** The raw streams: commands that write bytes (an image on stdout) need more than a Writer. */
    private PrintStream stdout = System.out;
    private PrintStream stderr = System.err;

    GlobalOptions global() {
        return global;
    }

    CredentialSource credentials() {
        return credentials;
    }

    PrintStream stdout() {
        return stdout;
    }

    PrintStream stderr() {
        return stderr;
    }

    /** An older catalog's upgrade, told on stderr while a command opens the library. */
    io.mediadesk.library.store.MigrationListener upgrades() {
        return UpgradeProgress.to(stderr);
    }

    /** The library and services of a command, with {@link #upgrades()}. */
    io.mediadesk.desktop.AppServices openServices() {
        return io.mediadesk.desktop.AppServices.open(global.library(), global.libraryUri(), upgrades());
    }

    @Override
    public Integer call() {
        io.mediadesk.desktop.app.StartupTrace.mark("command-line-parsed");
        DesktopApp.open(global.library(), global.libraryUri());
        return ExitCode.OK.code();
    }

    /** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // Before anything can log: the key from the environment is masked in every log line.
        Redactor.registerSecret(System.getenv(EnvironmentCredentials.VARIABLE));
        return run(args, out, err, CredentialChain.standard());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the key from {@code credentials}. */
    static int run(String[] args, PrintStream out, PrintStream err, CredentialSource credentials) {
        MediadeskCommand command = new MediadeskCommand();
        command.credentials = credentials;
        command.stdout = out;
        command.stderr = err;
        CommandLine cli = new CommandLine(command);
        if (!opensTheWindow(cli, args)) {
            // Before the settings below: picocli applies them to the subcommands present.
            COMMANDS.forEach(cli::addSubcommand);
        }
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + oneLine(e.getMessage()));
            err.println("Run 'mediadesk --help' for the commands and options.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> fail(e, err));
        return cli.execute(args);
    }

    /**
     * Whether {@code args} are only the root's own options (a library, a catalog URI...): the
     * window, which needs none of the commands. Anything else (a command, {@code --help}, a
     * mistake) gets the whole command line, so its help and its errors are the usual ones.
     */
    private static boolean opensTheWindow(CommandLine root, String[] args) {
        try {
            CommandLine.ParseResult parsed = root.parseArgs(args);
            return !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested() && parsed.unmatched().isEmpty();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    private static int fail(Exception e, PrintStream err) {
        ExitCode code = ExitCode.of(e);
        if (code == ExitCode.INTERNAL) {
            LoggerFactory.getLogger(MediadeskCommand.class).error("unexpected failure", e);
            err.println("error: unexpected internal error: " + oneLine(Redactor.redact(String.valueOf(e)))
                    + " (this is a bug; the library's logs/mediadesk.log has the details)");
        } else {
            err.println("error: " + oneLine(Redactor.redact(e.getMessage())));
        }
        return code.code();
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
