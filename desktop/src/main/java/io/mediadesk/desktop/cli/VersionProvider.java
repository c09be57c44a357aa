package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"mediadesk " + Version.value(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
