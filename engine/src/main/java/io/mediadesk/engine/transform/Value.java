package io.mediadesk.engine.transform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed parameter value. {@code toString()} of every value is its canonical text, the exact
 * characters the formatter writes after {@code key-}; two values are equal exactly when their
 * canonical texts are.
 */
public sealed interface Value
        permits Value.Num, Value.Word, Value.Flag, Value.Bare, Value.Ratio, Value.Path,
                Value.Items, Value.Parts, Value.Text, Color, Expression {

    /**
     * A number; negatives are written with the service's {@code N} prefix ({@code rt-N40}).
     * Fractions keep their value ({@code w-0.4}); {@code 400.0} and {@code 400} are the same number.
     */
    record Num(double value) implements Value, Expression.Term {
        public Num {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a finite number: " + value);
            }
            value = value == 0.0 ? 0.0 : value; // -0.0 would make two equal numbers unequal
        }

        public static Num of(double value) {
            return new Num(value);
        }

        public boolean isWhole() {
            return value == Math.rint(value);
        }

        public int intValue() {
            return (int) value;
        }

        @Override
        public String toString() {
            String plain = BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros().toPlainString();
            return value < 0 ? "N" + plain : plain;
        }
    }

    /** An enumerated word: {@code auto}, {@code max}, crop modes, focus names, formats, preset names. */
    record Word(String word) implements Value {
        public Word {
            Objects.requireNonNull(word);
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /** {@code true} / {@code false}. */
    record Flag(boolean on) implements Value {
        @Override
        public String toString() {
            return Boolean.toString(on);
        }
    }

    /** A key written without a value: {@code e-grayscale}, bare {@code e-sharpen}. */
    record Bare() implements Value {
        @Override
        public String toString() {
            return "";
        }
    }

    /** An aspect ratio {@code ar-4-3}; {@code ar-2_1} means the same and is written {@code 2-1}. */
    record Ratio(Num width, Num height) implements Value {
        public double value() {
            return width.value() / height.value();
        }

        @Override
        public String toString() {
            return width + "-" + height;
        }
    }

    /** A file path held with real slashes; written with {@code @@} and no leading slash. */
    record Path(String path) implements Value {
        @Override
        public String toString() {
            return PercentCoding.encode(path.replace("/", "@@"));
        }
    }

    /** Text input for a layer or a prompt, held decoded; written URL- or base64-encoded. */
    record Text(String text, Encoding encoding) implements Value {
        /** How the text travels in the URL: {@code i-} URL-encoded, {@code ie-} base64 then URL-encoded. */
        public enum Encoding { PLAIN, BASE64 }

        @Override
        public String toString() {
            return switch (encoding) {
                case PLAIN -> PercentCoding.encode(text);
                case BASE64 -> PercentCoding.encode(PercentCoding.base64(text));
            };
        }
    }

    /** Positional parts joined by a separator: {@code b-5_FF0000}, {@code r-10_20_30_40}, {@code e-usm-2-2-0.8-0.024}. */
    record Items(List<Value> items, String separator) implements Value {
        public Items {
            items = List.copyOf(items);
        }

        public Value get(int index) {
            return items.get(index);
        }

        public int size() {
            return items.size();
        }

        @Override
        public String toString() {
            return String.join(separator, items.stream().map(Value::toString).toList());
        }
    }

    /** Named sub-parameters in canonical order: {@code e-shadow-bl-10_st-30_x-N2_y-2}. */
    record Parts(List<Part> parts) implements Value {
        public Parts {
            parts = List.copyOf(parts);
        }

        public Optional<Value> get(String name) {
            return parts.stream().filter(p -> p.name().equals(name)).map(Part::value).findFirst();
        }

        @Override
        public String toString() {
            return String.join("_", parts.stream().map(p -> p.name() + "-" + p.value()).toList());
        }
    }

    /** One named sub-parameter of {@link Parts}. */
    record Part(String name, Value value) {
    }
}
