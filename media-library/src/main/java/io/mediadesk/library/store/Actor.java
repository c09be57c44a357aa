package io.mediadesk.library.store;

/** Who the audit trail says made a change: the OS user and the program. */
public record Actor(String name) {

    public static Actor currentUser() {
        return new Actor(System.getProperty("user.name", "unknown") + " (mediadesk)");
    }
}
