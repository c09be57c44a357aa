/**
 * The desktop app and the {@code mediadesk} command line: the composition root that wires engine,
 * library and sync. The only module that may touch JavaFX or ControlsFX.
 */
package io.mediadesk.desktop;
