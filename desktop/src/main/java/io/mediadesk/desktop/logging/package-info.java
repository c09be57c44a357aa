/**
 * Logging for the app: Logback writing to the library's {@code logs/} folder, every line passed
 * through the {@link io.mediadesk.desktop.logging.Redactor} so no private key, Authorization
 * header or URL signature ever reaches a log file. May depend on SLF4J and Logback only.
 */
package io.mediadesk.desktop.logging;
