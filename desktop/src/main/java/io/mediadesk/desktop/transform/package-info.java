/**
 * The transform studio: the designers' room where an ImageKit transformation string is edited
 * (syntax colours, the engine parser's error underlined, key completion, controls for the common
 * parameters in two-way sync with the string) and previewed locally through the engine, pixel for
 * pixel, with a before/after wipe and a grid of presets over images. Views build controls and
 * bind; ViewModels hold JavaFX properties and call the engine's {@code TransformationParser} and
 * {@code Renderer} through the app's {@code TaskRunner} and {@code Debouncer}. Pixels come from the
 * engine as plain ARGB data ({@code RenderedPixels}); this package never touches {@code java.awt}.
 * May depend on the engine, JavaFX, ControlsFX and {@code desktop.app}.
 */
package io.mediadesk.desktop.transform;
