/**
 * Named presets (the service's named transformations, {@code n-NAME}) with their version history,
 * and saved searches (smart collections). {@link io.mediadesk.library.preset.Presets} and
 * {@link io.mediadesk.library.preset.SavedSearches} hold the rules (names, the engine's parser,
 * cycles, references, the searchQuery parser); the stores behind them are the ports
 * {@link io.mediadesk.library.store.PresetStore} and {@link io.mediadesk.library.store.SavedSearchStore}.
 */
package io.mediadesk.library.preset;
