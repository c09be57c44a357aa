package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.UnknownNameException;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.library.store.PresetChange;
import io.mediadesk.library.store.PresetStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Presets in the {@code preset} and {@code preset_version} tables (schema v3). A change is one
 * transaction: the conditional update ({@code WHERE id = ? AND version = ?}), its version row and its
 * audit row commit together or not at all.
 */
final class SqlitePresetStore implements PresetStore {
    private static final String COLUMNS = "id, name, transformation, description, version, created_at, updated_at, deleted";

    private final Transaction tx;
    private final Clock clock;

    SqlitePresetStore(Transaction tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public PresetStore actingAs(Actor actor) {
        return new SqlitePresetStore(tx.as(actor), clock);
    }

    @Override
    public List<Preset> list(boolean deleted) {
        return tx.read("cannot list presets", c -> {
            List<Preset> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM preset WHERE deleted = ? ORDER BY name")) {
                st.setInt(1, deleted ? 1 : 0);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.add(preset(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Preset> find(String name) {
        return tx.read("cannot read preset " + name, c -> row(c, name).map(r -> r.preset));
    }

    @Override
    public Preset create(String name, String transformation, String description) {
        return tx.write("cannot create preset " + name, (c, actor) -> {
            if (row(c, name).isPresent()) {
                throw new InvalidValueException("name", "unique", "a preset named \"" + name + "\" already exists"
                        + (row(c, name).get().preset.deleted() ? " (in the trash)" : ""));
            }
            Instant now = clock.instant();
            long id;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO preset (name, transformation, description, version, deleted,"
                    + " created_at, updated_at) VALUES (?, ?, ?, 1, 0, ?, ?)")) {
                st.setString(1, name);
                st.setString(2, transformation);
                st.setString(3, description);
                st.setLong(4, now.toEpochMilli());
                st.setLong(5, now.toEpochMilli());
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM preset WHERE name = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            Preset created = new Preset(name, transformation, description, 1, now, now, false);
            writeVersion(c, id, created, now, actor, "created");
            audit(c, now, actor, "preset.create", name + " v1: " + transformation);
            return created;
        });
    }

    @Override
    public Preset change(String name, int expectedVersion, PresetChange change) {
        return tx.write("cannot change preset " + name, (c, actor) -> {
            Row current = row(c, name).orElseThrow(() -> new UnknownNameException("no preset named \"" + name + "\""));
            if (current.preset.version() != expectedVersion) {
                throw new ConcurrentChangeException("preset \"" + name + "\" changed meanwhile: you edited version " + expectedVersion
                        + ", it is at version " + current.preset.version() + " now; read it again and redo your change");
            }
            if (!change.name().equals(name) && row(c, change.name()).isPresent()) {
                throw new InvalidValueException("name", "unique", "a preset named \"" + change.name() + "\" already exists");
            }
            Instant now = clock.instant();
            int next = expectedVersion + 1;
            try (PreparedStatement st = c.prepareStatement("UPDATE preset SET name = ?, transformation = ?, description = ?,"
                    + " version = ?, deleted = ?, updated_at = ? WHERE id = ? AND version = ?")) {
                st.setString(1, change.name());
                st.setString(2, change.transformation());
                st.setString(3, change.description());
                st.setInt(4, next);
                st.setInt(5, change.deleted() ? 1 : 0);
                st.setLong(6, now.toEpochMilli());
                st.setLong(7, current.id);
                st.setInt(8, expectedVersion);
                if (st.executeUpdate() != 1) throw new ConcurrentChangeException("preset \"" + name + "\" changed meanwhile; read it again");
            }
            Preset changed = new Preset(change.name(), change.transformation(), change.description(), next,
                    current.preset.createdAt(), now, change.deleted());
            writeVersion(c, current.id, changed, now, actor, change.label());
            audit(c, now, actor, change.action(), change.name() + " v" + next + " (" + change.label() + "): " + change.transformation());
            return changed;
        });
    }

    @Override
    public List<PresetVersion> history(String name) {
        return tx.read("cannot read the history of preset " + name, c -> {
            List<PresetVersion> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT v.number, v.name, v.transformation, v.description, v.at, v.actor,"
                    + " v.change FROM preset_version v JOIN preset p ON p.id = v.preset_id WHERE p.name = ? ORDER BY v.number")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PresetVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5)), new Actor(rs.getString(6)), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    private record Row(long id, Preset preset) {
    }

    private static Optional<Row> row(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM preset WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getLong(1), preset(rs))) : Optional.empty();
            }
        }
    }

    private static Preset preset(ResultSet rs) throws SQLException {
        return new Preset(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), Instant.ofEpochMilli(rs.getLong(6)),
                Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8) != 0);
    }

    private static void writeVersion(Connection c, long id, Preset p, Instant at, String actor, String change) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO preset_version (preset_id, number, name, transformation,"
                + " description, at, actor, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, id);
            st.setInt(2, p.version());
            st.setString(3, p.name());
            st.setString(4, p.transformation());
            st.setString(5, p.description());
            st.setLong(6, at.toEpochMilli());
            st.setString(7, actor);
            st.setString(8, change);
            st.executeUpdate();
        }
    }

    /** An audit row with no asset: the trail holds library-wide changes too. */
    static void audit(Connection c, Instant at, String actor, String action, String detail) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit (at, actor, action, asset_id, detail) VALUES (?, ?, ?, NULL, ?)")) {
            st.setLong(1, at.toEpochMilli());
            st.setString(2, actor);
            st.setString(3, action);
            st.setString(4, detail);
            st.executeUpdate();
        }
    }
}
