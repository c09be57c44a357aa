package io.mediadesk.library.query;

import io.mediadesk.library.metadata.MetaValue;
import java.time.Instant;
import java.util.Optional;

/**
 * One value in a clause, already typed for its field: text, a number, a boolean or an instant.
 * A text compared with metadata also carries its reading as a date (ISO or relative, resolved
 * when the query was parsed), because only the stored value tells whether it is a date or a text.
 */
public record Operand(MetaValue value, Optional<Instant> date) {

    public static Operand of(MetaValue value) {
        return new Operand(value, value instanceof MetaValue.Moment m ? Optional.of(m.value()) : Optional.empty());
    }

    public static Operand text(String text) {
        return of(new MetaValue.Text(text));
    }

    public static Operand number(double n) {
        return of(new MetaValue.Num(n));
    }

    public static Operand instant(Instant at) {
        return of(new MetaValue.Moment(at));
    }

    public String text() {
        return ((MetaValue.Text) value).value();
    }

    public double number() {
        return ((MetaValue.Num) value).value();
    }

    public Instant instant() {
        return date.orElseThrow();
    }
}
