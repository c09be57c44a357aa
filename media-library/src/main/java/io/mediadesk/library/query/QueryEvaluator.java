package io.mediadesk.library.query;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.metadata.MetaValue;
import java.util.Collection;
import java.util.List;

/**
 * The reference meaning of a {@link Query}, evaluated over {@link Asset} records in memory. Every
 * store adapter must return what this returns, in the order {@link AssetOrder} gives; a
 * differential test holds them to it. Written for clarity, not speed.
 */
public final class QueryEvaluator {
    private QueryEvaluator() {
    }

    /** The page a store should return for {@code query} over {@code assets}. */
    public static Page<Asset> search(Collection<Asset> assets, AssetQuery query) {
        boolean trashed = query.scope() == AssetQuery.Scope.TRASHED;
        List<Asset> all = assets.stream().filter(a -> a.trashed() == trashed).filter(a -> matches(query.filter(), a))
                .sorted(AssetOrder.of(query.sort())).toList();
        int from = Math.min(query.skip(), all.size());
        int to = (int) Math.min((long) from + query.limit(), all.size());
        return new Page<>(all.subList(from, to), query.skip(), query.limit(), to < all.size());
    }

    public static boolean matches(Query q, Asset a) {
        if (q instanceof Query.All) return true;
        if (q instanceof Query.And and) return and.parts().stream().allMatch(p -> matches(p, a));
        if (q instanceof Query.Or or) return or.parts().stream().anyMatch(p -> matches(p, a));
        if (q instanceof Query.Not not) return !matches(not.part(), a);
        return clause((Query.Clause) q, a);
    }

    private static boolean clause(Query.Clause c, Asset a) {
        return switch (c.field().kind()) {
            case NAME -> name(c, a.name());
            case TAGS -> c.op() == Operator.EXISTS ? !a.tags().isEmpty()
                    : c.op() == Operator.HAS ? hasWords(NameWords.ofTags(a.tags()), NameWords.of(c.value().text()))
                    : c.values().stream().anyMatch(v -> a.tags().contains(new Tag(v.text())));
            case TYPE -> c.values().stream().anyMatch(v -> v.text().equals("file"));
            case ID -> c.values().stream().anyMatch(v -> v.text().equals(a.id().value()));
            case CREATED_AT -> c.values().stream().anyMatch(v -> c.op().accepts(a.createdAt().compareTo(v.instant())));
            case UPDATED_AT -> c.values().stream().anyMatch(v -> c.op().accepts(a.updatedAt().compareTo(v.instant())));
            case WIDTH -> number(c, a.width());
            case HEIGHT -> number(c, a.height());
            case SIZE -> number(c, a.size());
            case FORMAT -> c.values().stream().anyMatch(v -> v.text().equals(a.format()));
            case PATH -> path(c, a.folder());
            case TRANSPARENCY -> c.value().value().equals(new MetaValue.Flag(a.hasAlpha()));
            case CUSTOM -> metadata(c, a.customMetadata().get(c.field().key()));
            case EMBEDDED -> metadata(c, a.embedded().asValues().get(c.field().key()));
            case RATING -> number(c, a.rating());
            case LABEL -> c.values().stream().anyMatch(v -> v.text().equals(a.label().wireName()));
        };
    }

    private static boolean name(Query.Clause c, String name) {
        return switch (c.op()) {
            case PREFIX -> name.startsWith(c.value().text());
            case HAS -> hasWords(NameWords.of(name), NameWords.of(c.value().text()));
            default -> c.values().stream().anyMatch(v -> v.text().equals(name));
        };
    }

    /** Every query word but the last is a whole word of the name; the last starts one. */
    private static boolean hasWords(List<String> words, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            String w = wanted.get(i);
            boolean last = i == wanted.size() - 1;
            if (words.stream().noneMatch(x -> last ? x.startsWith(w) : x.equals(w))) return false;
        }
        return true;
    }

    private static boolean number(Query.Clause c, double value) {
        return c.values().stream().anyMatch(v -> c.op().accepts(Double.compare(value, v.number())));
    }

    private static boolean path(Query.Clause c, FolderPath folder) {
        if (c.op() == Operator.PREFIX) return folder.isWithin(FolderPath.parse(c.value().text()));
        return c.values().stream().anyMatch(v -> v.text().equals(folder.value()));
    }

    private static boolean metadata(Query.Clause c, MetaValue value) {
        List<MetaValue> stored = value == null ? List.of() : value.scalars();
        if (c.op() == Operator.EXISTS) return !stored.isEmpty();
        if (c.op() == Operator.HAS) return hasWords(NameWords.ofValue(value), NameWords.of(c.value().text()));
        return stored.stream().anyMatch(s -> c.values().stream().anyMatch(v -> scalar(s, c.op(), v)));
    }

    /** One stored scalar against one operand: kinds must agree; text compares by code point. */
    static boolean scalar(MetaValue stored, Operator op, Operand v) {
        if (stored instanceof MetaValue.Text t && v.value() instanceof MetaValue.Text q) {
            return op == Operator.PREFIX ? t.value().startsWith(q.value()) : op.accepts(CodePoints.compare(t.value(), q.value()));
        }
        if (op == Operator.PREFIX) return false;
        if (stored instanceof MetaValue.Moment m && v.date().isPresent()) return op.accepts(m.value().compareTo(v.date().get()));
        if (stored instanceof MetaValue.Num n && v.value() instanceof MetaValue.Num q) return op.accepts(Double.compare(n.value(), q.value()));
        if (stored instanceof MetaValue.Flag f && v.value() instanceof MetaValue.Flag q) {
            return (op == Operator.EQ || op == Operator.IN) && f.value() == q.value();
        }
        return false;
    }
}
