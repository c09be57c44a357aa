package io.mediadesk.library.asset;

/**
 * Where an asset stands against the hosted service. Reserved for the sync issue: import sets
 * {@link #LOCAL_ONLY}, and nothing else reads or writes it yet.
 */
public enum SyncState {
    LOCAL_ONLY, IN_SYNC, LOCAL_CHANGED, REMOTE_CHANGED, CONFLICT
}
