/**
 * End-to-end tests of the whole app: the architecture rules over every module, and the
 * {@code ./mediadesk} launcher run as a separate process, as users and scripts run it.
 */
package io.mediadesk.e2e;
