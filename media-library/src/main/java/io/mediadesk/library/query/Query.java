package io.mediadesk.library.query;

import java.util.List;

/**
 * A parsed search query: a tree of AND, OR, NOT over clauses. Data only, with no SQL or driver
 * types in it: each store compiles it its own way ({@code store.sqlite.SqlCompiler},
 * {@code store.mongo.FilterCompiler}), and {@link QueryEvaluator} is the reference all of them are tested against.
 */
public sealed interface Query {

    /** The empty query: every asset. */
    record All() implements Query {
    }

    record And(List<Query> parts) implements Query {
        public And {
            parts = List.copyOf(parts);
        }
    }

    record Or(List<Query> parts) implements Query {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(Query part) implements Query {
    }

    /** {@code field op values}: one value for comparisons, the array for IN, none for EXISTS. */
    record Clause(Field field, Operator op, List<Operand> values) implements Query {
        public Clause {
            values = List.copyOf(values);
        }

        public Operand value() {
            return values.get(0);
        }
    }

    Query ALL = new All();
}
