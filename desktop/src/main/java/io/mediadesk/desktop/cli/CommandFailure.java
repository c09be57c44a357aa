package io.mediadesk.desktop.cli;

import io.mediadesk.engine.codec.ImageRejectedException;
import java.nio.file.Path;

/** A failure a command has already put into words, with the exit code it earns. */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    CommandFailure(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }

    /** A rejected input image, named in the message so a batch log or a script says which file. */
    static CommandFailure rejected(Path input, ImageRejectedException e) {
        return new CommandFailure(ExitCode.INPUT_REJECTED, describe(input, e), e);
    }

    static String describe(Path input, RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String name = input.toString();
        if (message.contains(name)) {
            return message;
        }
        return name + ": " + Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
