/**
 * The {@code mediadesk} command line (picocli): the contract in {@code shared/spec/cli.md}. Commands
 * are thin: they parse, call engine/library/sync services, and print text or one JSON document.
 * Exit codes and {@code error:} lines are decided in one place, {@link io.mediadesk.desktop.cli.ExitCode}.
 */
package io.mediadesk.desktop.cli;
