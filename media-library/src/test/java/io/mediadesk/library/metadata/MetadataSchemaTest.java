package io.mediadesk.library.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.metadata.MetaValue.Num;
import io.mediadesk.library.metadata.MetaValue.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataSchemaTest {

    private final MetadataSchema schema = MetadataSchema.of(List.of(
            new CustomField("brand", "Brand", FieldSchema.of(FieldType.TEXT)),
            new CustomField("rating", "Rating", FieldSchema.of(FieldType.NUMBER).required(new Num(3)))));

    @Test
    void valuesAreCheckedAndRequiredFieldsGetTheirDefaults() {
        assertThat(schema.complete(Map.of("brand", new Text("Acme"))))
                .containsExactly(Map.entry("brand", new Text("Acme")), Map.entry("rating", new Num(3)));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        assertThatThrownBy(() -> schema.complete(Map.of("colour", new Text("red"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("colour").hasMessageContaining("brand");
    }

    @Test
    void twoFieldsMayNotShareAName() {
        assertThatThrownBy(() -> MetadataSchema.of(List.of(
                new CustomField("a", "A", FieldSchema.of(FieldType.TEXT)), new CustomField("a", "B", FieldSchema.of(FieldType.TEXT)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already exists");
    }

    @Test
    void datesReadIsoAndRelativeForms() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-31T10:00:00Z"), ZoneOffset.UTC);
        assertThat(DateText.parse("2020-01-01", clock)).contains(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(DateText.parse("2020-01-01T12:12:12", clock)).contains(Instant.parse("2020-01-01T12:12:12Z"));
        assertThat(DateText.parse("2020-01-01T12:12:12+02:00", clock)).contains(Instant.parse("2020-01-01T10:12:12Z"));
        assertThat(DateText.parse("1h", clock)).contains(Instant.parse("2024-03-31T09:00:00Z"));
        assertThat(DateText.parse("2d", clock)).contains(Instant.parse("2024-03-29T10:00:00Z"));
        assertThat(DateText.parse("3w", clock)).contains(Instant.parse("2024-03-10T10:00:00Z"));
        assertThat(DateText.parse("1m", clock)).contains(Instant.parse("2024-02-29T10:00:00Z"));
        assertThat(DateText.parse("2y", clock)).contains(Instant.parse("2022-03-31T10:00:00Z"));
        assertThat(DateText.parse("soon", clock)).isEmpty();
    }
}
