/**
 * The library's settings in the two-way sync: named presets (the service's named transformations)
 * and custom metadata field definitions. The same shape as the asset sync, smaller: three
 * snapshots ({@link SettingsSnapshot}: the library's, the account's, and the base both last agreed
 * on, kept in the catalog's sync ledger under {@code preset:}/{@code field:} keys), a pure
 * {@link SettingsPlanner} answering a printable {@link SettingsPlan}, and a journaled
 * {@link SettingsExecutor} that advances the base after each step, so a run killed halfway is
 * finished by the next plan without redoing what was done. Depends on the library's store port
 * (for the ledger) and nothing of the asset sync.
 */
package io.mediadesk.sync.settings;
