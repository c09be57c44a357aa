/**
 * Account profiles (staging, production, the local sandbox): stored in {@code <library>/accounts.json}
 * without their keys, which go to the OS credential store through sync's {@code credential}
 * package ({@link io.mediadesk.desktop.account.KeyVault}); the switcher, the form, "test
 * connection", and the in-process sandbox. The active {@link io.mediadesk.desktop.account.Connection}
 * is what the sync and purge panels and the copy-URL menu use. Depends on sync's client,
 * credential, url and sandbox packages; never on OkHttp.
 */
package io.mediadesk.desktop.account;
