package io.mediadesk.desktop;

import io.mediadesk.desktop.cli.MediadeskCommand;

/**
 * The one entry point: {@code ./mediadesk}, the installed launcher and {@code java -jar}. It does
 * not extend {@code Application}, so JavaFX can live on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        io.mediadesk.desktop.app.StartupTrace.mark("main");
        int code = MediadeskCommand.run(args, System.out, System.err);
        // A window, once opened, exits through the FX lifecycle and returns here when it closes.
        System.exit(code);
    }
}
