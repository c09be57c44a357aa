package io.mediadesk.desktop.asset;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.sync.url.DeliveryUrlBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * An asset's delivery URL on the active account, through the sync module's URL builder: plain,
 * with the transformation being edited in the studio (checked and written in canonical form by
 * the engine's parser, as {@code mediadesk url} does), or signed with the account's key, with an
 * expiry or none. Pure computation: no I/O, fine on the FX thread.
 */
public final class DeliveryLinks {

    /** Which URL to copy. */
    public enum Kind { PLAIN, STUDIO, SIGNED }

    private final ObservableValue<Connection> connection;
    private final Supplier<String> studioTransformation;

    public DeliveryLinks(ObservableValue<Connection> connection, Supplier<String> studioTransformation) {
        this.connection = connection;
        this.studioTransformation = studioTransformation;
    }

    /** No account: every request says to choose one. */
    public static DeliveryLinks none() {
        return new DeliveryLinks(new javafx.beans.property.SimpleObjectProperty<>(), () -> "");
    }

    /**
     * The URL, for {@code SIGNED} expiring after {@code expiry} (empty: never).
     *
     * @throws IllegalStateException with a message for people when it cannot be made
     */
    public String url(Asset asset, Kind kind, Optional<Duration> expiry) {
        Connection c = connection.getValue();
        if (c == null) {
            throw new IllegalStateException("Choose an account first (Accounts): the URL is on its URL endpoint.");
        }
        DeliveryUrlBuilder url = c.urls().path(asset.filePath());
        switch (kind) {
            case PLAIN -> { }
            case STUDIO -> url.transformation(studio());
            case SIGNED -> {
                url.signedWith(c.key());
                expiry.ifPresent(e -> url.expiresIn(e.toSeconds()));
            }
        }
        return url.build();
    }

    private String studio() {
        String text = studioTransformation.get();
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("The transform studio has no transformation to add.");
        }
        try {
            return new TransformationParser().parse(text.strip()).toString();
        } catch (InvalidTransformationException e) {
            throw new IllegalStateException("The studio's transformation has an error: " + e.getMessage(), e);
        }
    }
}
