package io.mediadesk.library.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.metadata.MetaValue.Flag;
import io.mediadesk.library.metadata.MetaValue.Many;
import io.mediadesk.library.metadata.MetaValue.Moment;
import io.mediadesk.library.metadata.MetaValue.Num;
import io.mediadesk.library.metadata.MetaValue.Text;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

    private static CustomField field(String name, FieldSchema schema) {
        return new CustomField(name, name.toUpperCase(), schema);
    }

    /** Asserts a refusal names the field (subject) and the broken rule. */
    private static void refused(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(field)
                .satisfies(e -> {
                    assertThat(((InvalidValueException) e).subject()).isEqualTo(field);
                    assertThat(((InvalidValueException) e).rule()).isEqualTo(rule);
                });
    }

    @Test
    void textTakesTextWithinItsLengths() {
        CustomField f = field("caption", FieldSchema.of(FieldType.TEXT).withLength(2, 5));
        assertThat(f.check(new Text("abc"))).isEqualTo(new Text("abc"));
        refused(() -> f.check(new Text("a")), "caption", "minLength");
        refused(() -> f.check(new Text("abcdef")), "caption", "maxLength");
        refused(() -> f.check(new Num(3)), "caption", "type");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        CustomField f = field("emoji", FieldSchema.of(FieldType.TEXTAREA).withLength(null, 2));
        assertThat(f.check(new Text("😀😀"))).isEqualTo(new Text("😀😀"));
    }

    @Test
    void numberTakesNumbersWithinItsRange() {
        CustomField f = field("rating", FieldSchema.of(FieldType.NUMBER).withRange(new Num(1), new Num(5)));
        assertThat(f.check(new Num(4.5))).isEqualTo(new Num(4.5));
        refused(() -> f.check(new Num(0.5)), "rating", "minValue");
        refused(() -> f.check(new Num(5.5)), "rating", "maxValue");
        refused(() -> f.check(new Text("4")), "rating", "type");
        assertThat(f.parse("3")).isEqualTo(new Num(3));
        refused(() -> f.parse("three"), "rating", "type");
    }

    @Test
    void dateTakesInstantsOrIsoTextWithinItsRange() {
        CustomField f = field("shot", FieldSchema.of(FieldType.DATE)
                .withRange(new Moment(Instant.parse("2020-01-01T00:00:00Z")), new Moment(Instant.parse("2025-01-01T00:00:00Z"))));
        assertThat(f.check(new Text("2024-05-31"))).isEqualTo(new Moment(Instant.parse("2024-05-31T00:00:00Z")));
        assertThat(f.parse("2024-05-31T12:00:00")).isEqualTo(new Moment(Instant.parse("2024-05-31T12:00:00Z")));
        refused(() -> f.check(new Text("2019-12-31")), "shot", "minValue");
        refused(() -> f.parse("yesterday"), "shot", "type");
    }

    @Test
    void booleanTakesOnlyBooleans() {
        CustomField f = field("approved", FieldSchema.of(FieldType.BOOLEAN));
        assertThat(f.parse("true")).isEqualTo(new Flag(true));
        refused(() -> f.check(new Text("true")), "approved", "type");
        refused(() -> f.parse("yes"), "approved", "type");
    }

    @Test
    void singleSelectTakesOneOfItsOptionsOfAnyScalarKind() {
        CustomField f = field("size", FieldSchema.of(FieldType.SINGLE_SELECT)
                .withOptions(List.of(new Text("S"), new Text("M"), new Num(42), new Flag(false))));
        assertThat(f.check(new Text("M"))).isEqualTo(new Text("M"));
        assertThat(f.parse("42")).isEqualTo(new Num(42));
        refused(() -> f.check(new Text("XL")), "size", "selectOptions");
        refused(() -> f.check(new Text("42")), "size", "selectOptions");
    }

    @Test
    void multiSelectTakesASubsetOfItsOptionsWithoutRepeats() {
        CustomField f = field("channels", FieldSchema.of(FieldType.MULTI_SELECT)
                .withOptions(List.of(new Text("web"), new Text("print"), new Text("social"))));
        assertThat(f.parse("web, social")).isEqualTo(new Many(List.of(new Text("web"), new Text("social"))));
        assertThat(f.check(new Text("print"))).isEqualTo(new Many(List.of(new Text("print"))));
        refused(() -> f.check(new Many(List.of(new Text("web"), new Text("tv")))), "channels", "selectOptions");
        refused(() -> f.check(new Many(List.of(new Text("web"), new Text("web")))), "channels", "selectOptions");
    }

    @Test
    void selectFieldsNeedOptionsAndOtherFieldsMayNotHaveThem() {
        refused(() -> field("s", FieldSchema.of(FieldType.SINGLE_SELECT)), "s", "selectOptions");
        refused(() -> field("t", FieldSchema.of(FieldType.TEXT).withOptions(List.of(new Text("a")))), "t", "selectOptions");
    }

    @Test
    void rangesBelongToNumberAndDateAndLengthsToText() {
        refused(() -> field("t", FieldSchema.of(FieldType.TEXT).withRange(new Num(1), null)), "t", "minValue");
        refused(() -> field("n", FieldSchema.of(FieldType.NUMBER).withLength(1, null)), "n", "minLength");
        refused(() -> field("n", FieldSchema.of(FieldType.NUMBER).withRange(new Num(5), new Num(1))), "n", "maxValue");
        refused(() -> field("t", FieldSchema.of(FieldType.TEXT).withLength(5, 1)), "t", "maxLength");
        refused(() -> field("d", FieldSchema.of(FieldType.DATE).withRange(new Num(1), null)), "d", "minValue");
    }

    @Test
    void aRequiredFieldNeedsADefaultThatObeysTheRules() {
        refused(() -> new CustomField("r", "R", new FieldSchema(FieldType.TEXT, true, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                List.of())), "r", "defaultValue");
        refused(() -> field("r", FieldSchema.of(FieldType.NUMBER).withRange(new Num(1), new Num(5)).required(new Num(9))),
                "r", "maxValue");
        assertThat(field("r", FieldSchema.of(FieldType.NUMBER).required(new Num(1))).schema().required()).isTrue();
    }

    @Test
    void fieldNamesAreApiKeysAndLabelsAreRequired() {
        assertThatThrownBy(() -> new CustomField("has space", "L", FieldSchema.of(FieldType.TEXT)))
                .isInstanceOf(InvalidValueException.class);
        refused(() -> new CustomField("ok", " ", FieldSchema.of(FieldType.TEXT)), "ok", "label");
    }
}
