package io.mediadesk.sync.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One write of a settings plan. {@code value} is the transformation a preset step writes (or the
 * field's shape, for people); {@code remoteId} the service's id the step writes to, when there is
 * one. After a step succeeds the executor records the base it names: {@code PUT} the preset or field
 * as both sides now hold it, {@code FORGET} it, or {@code NONE} (a conflict copy made locally is
 * agreed only once it is at the service too).
 */
public record SettingStep(Op op, String name, String value, String remoteId, String detail) {

    /** What a step does. {@code LINK} writes only the base: both sides already hold the same. */
    public enum Op {
        PRESET_PUSH_CREATE("add", "remote", "preset", Base.PUT), PRESET_PUSH_UPDATE("update", "remote", "preset", Base.PUT),
        PRESET_PUSH_DELETE("delete", "remote", "preset", Base.FORGET), PRESET_PULL_CREATE("add", "local", "preset", Base.PUT),
        PRESET_PULL_UPDATE("update", "local", "preset", Base.PUT), PRESET_PULL_DELETE("delete", "local", "preset", Base.FORGET),
        PRESET_KEEP_COPY("copy", "local", "preset", Base.NONE), PRESET_LINK("link", "", "preset", Base.PUT),
        PRESET_FORGET("forget", "", "preset", Base.FORGET),
        FIELD_PUSH_CREATE("add", "remote", "field", Base.PUT), FIELD_PULL_CREATE("add", "local", "field", Base.PUT),
        FIELD_LINK("link", "", "field", Base.PUT);

        private final String verb;
        private final String side;
        private final String thing;
        private final Base base;

        Op(String verb, String side, String thing, Base base) {
            this.verb = verb;
            this.side = side;
            this.thing = thing;
            this.base = base;
        }

        public String verb() {
            return verb;
        }

        public String side() {
            return side;
        }

        public String thing() {
            return thing;
        }

        public Base base() {
            return base;
        }

        /** Whether it writes to a side (a link or forget writes only the base). */
        public boolean writes() {
            return !side.isEmpty();
        }

        public boolean deletes() {
            return this == PRESET_PUSH_DELETE || this == PRESET_PULL_DELETE;
        }

        /** The journal's action name: {@code preset.add.remote}. */
        public String journalName() {
            return thing + "." + verb + (side.isEmpty() ? "" : "." + side);
        }
    }

    /** What the base does after the step. */
    public enum Base { PUT, FORGET, NONE }

    public SettingStep {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
        remoteId = remoteId == null ? "" : remoteId;
        detail = detail == null ? "" : detail;
    }

    /** The printed line: {@code add       remote  preset thumb  w-150}. */
    public String line() {
        return SettingsPlan.line(op.verb(), op.side(), op.thing() + " " + name, detail.isEmpty() ? value : detail);
    }

    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", op.verb());
        m.put("side", op.side());
        m.put("kind", op.thing());
        m.put("path", op.thing() + " " + name);
        m.put("detail", detail.isEmpty() ? value : detail);
        return m;
    }
}
