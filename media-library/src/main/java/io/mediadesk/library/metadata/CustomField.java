package io.mediadesk.library.metadata;

import io.mediadesk.library.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A custom metadata field definition: the API {@code name} used as the key in an asset's
 * {@code customMetadata}, a label for people, and a {@link FieldSchema}. Construction enforces the
 * service's schema rules; {@link #check} enforces the value rules. Every refusal is an
 * {@link InvalidValueException} whose subject is the field name and whose rule is the schema key
 * broken ({@code type}, {@code required}, {@code minValue}, {@code maxLength}, {@code selectOptions}...).
 */
public record CustomField(String name, String label, FieldSchema schema) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    public CustomField {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException(String.valueOf(name), "name", "field name \"" + name
                    + "\" must be 1-100 letters, digits, _ or -");
        }
        if (label == null || label.isBlank()) {
            throw new InvalidValueException(name, "label", "field " + name + " needs a label");
        }
        FieldRules.checkSchema(name, schema);
    }

    public FieldType type() {
        return schema.type();
    }

    /**
     * The value as stored, or a refusal naming this field and the rule. A Date field also takes an
     * ISO 8601 text, and a MultiSelect a single option, as the service does.
     */
    public MetaValue check(MetaValue value) {
        return FieldRules.checkValue(name, schema, value);
    }

    /** Parses command-line or form text into this field's type, then checks it. */
    public MetaValue parse(String text) {
        MetaValue raw = switch (schema.type()) {
            case NUMBER -> number(text);
            case BOOLEAN -> flag(text);
            case DATE -> new MetaValue.Moment(date(text));
            case MULTI_SELECT -> new MetaValue.Many(splitOptions(text));
            case SINGLE_SELECT -> option(text);
            default -> new MetaValue.Text(text);
        };
        return check(raw);
    }

    private MetaValue number(String text) {
        try {
            return new MetaValue.Num(Double.parseDouble(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(name, "type", "field " + name + " takes a number, not \"" + text + "\"");
        }
    }

    private MetaValue flag(String text) {
        if (text.equals("true") || text.equals("false")) return new MetaValue.Flag(Boolean.parseBoolean(text));
        throw new InvalidValueException(name, "type", "field " + name + " takes true or false, not \"" + text + "\"");
    }

    private Instant date(String text) {
        Optional<Instant> d = DateText.parseIso(text);
        return d.orElseThrow(() -> new InvalidValueException(name, "type", "field " + name
                + " takes an ISO 8601 date such as 2024-05-31, not \"" + text + "\""));
    }

    /** The option whose text form is {@code text}, so "3" picks a numeric option 3. */
    private MetaValue option(String text) {
        return schema.selectOptions().stream().filter(o -> String.valueOf(o.plain()).equals(text)
                || o instanceof MetaValue.Num n && FieldRules.numberText(n.value()).equals(text))
                .findFirst().orElse(new MetaValue.Text(text));
    }

    private List<MetaValue> splitOptions(String text) {
        List<MetaValue> out = new ArrayList<>();
        for (String part : text.split(",")) {
            out.add(option(part.strip()));
        }
        return out;
    }
}
