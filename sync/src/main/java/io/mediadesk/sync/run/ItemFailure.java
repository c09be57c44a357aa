package io.mediadesk.sync.run;

/** One item that did not finish: its path, the step that failed, and why. The rest of the run went on. */
public record ItemFailure(String path, String step, String reason) {
}
