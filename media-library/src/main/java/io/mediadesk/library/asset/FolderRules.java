package io.mediadesk.library.asset;

import io.mediadesk.library.InvalidValueException;

/**
 * The checks every folder edit makes before touching a store, the same for both adapters: the
 * root cannot be moved or deleted, a folder cannot move into its own subtree, a new name is one
 * segment of the service's characters.
 */
public final class FolderRules {
    private FolderRules() {
    }

    /** {@code folder}'s sibling called {@code name}; refuses a name that is not exactly one valid segment. */
    public static FolderPath renamed(FolderPath folder, String name) {
        notRoot(folder, "rename");
        if (name == null || name.isEmpty() || name.contains("/")) {
            throw new InvalidValueException("folder", "characters", "a folder name is one segment without /: \"" + name + "\"");
        }
        return folder.parent().child(name);
    }

    /** Refuses a move of the root, onto itself, or into its own subtree. */
    public static void checkMove(FolderPath from, FolderPath to) {
        notRoot(from, "move");
        if (to.isRoot()) throw new InvalidValueException("folder", "root", "a folder cannot become the root /");
        if (to.isWithin(from)) {
            throw new InvalidValueException("folder", "ownSubtree", "cannot move " + from + " into its own subtree (" + to + ")");
        }
    }

    public static void notRoot(FolderPath folder, String what) {
        if (folder.isRoot()) throw new InvalidValueException("folder", "root", "cannot " + what + " the root folder /");
    }

    /** {@code path} with its leading {@code from} replaced by {@code to}; {@code path} lies within {@code from}. */
    public static FolderPath rebased(FolderPath path, FolderPath from, FolderPath to) {
        return new FolderPath(to.value() + path.value().substring(from.value().length()));
    }

    public static InvalidValueException taken(FolderPath path) {
        return new InvalidValueException("folder", "taken", "folder " + path + " already exists");
    }

    public static InvalidValueException missing(FolderPath path) {
        return new InvalidValueException("folder", "missing", "there is no folder " + path);
    }
}
