package io.mediadesk.library.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.fixture.SmallLibrary;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Queries over {@link SmallLibrary} with their results worked out by hand (asset numbers, in the
 * order asked for). Subclasses run the same table against each store.
 */
public class QueryTableTest {

    /** The reference evaluator; a store's subclass returns its own search. */
    protected Function<AssetQuery, Page<Asset>> searcher() {
        List<Asset> assets = SmallLibrary.assets();
        return q -> QueryEvaluator.search(assets, q);
    }

    private List<Integer> numbers(AssetQuery query) {
        return searcher().apply(query).items().stream().map(a -> Integer.parseInt(a.id().value(), 16)).toList();
    }

    private static List<Integer> expected(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(" ")).map(Integer::parseInt).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'' | 1 2 3 4 5 6 7 9 10",
        "name = \"beach.jpg\" | 1 7",
        "name : \"Red\" | 3",
        "name IN [\"snow.webp\", \"logo.png\"] | 4 6",
        "name NOT = \"beach.jpg\" | 2 3 4 5 6 9 10",
        "name HAS \"red dr\" | 2 3",
        "name HAS \"BEACH\" | 1 7 10",
        "name HAS \"dress 2024 jp\" | 3",
        "tags IN [\"summer\", \"sale\"] | 1 2 3 7",
        "tags NOT IN [\"summer\"] | 3 4 5 6 9 10",
        "tags EXISTS | 1 2 3 5 6 7",
        "tags NOT EXISTS | 4 9 10",
        "type = \"file\" | 1 2 3 4 5 6 7 9 10",
        "type = \"folder\" | ''",
        "type NOT IN [\"folder\", \"file-version\"] | 1 2 3 4 5 6 7 9 10",
        "id = \"000000000000000000000004\" | 4",
        "createdAt > \"7d\" | 5 6 7 9 10",
        "createdAt >= \"2024-01-03\" | 3 4 5 6 7 9 10",
        "createdAt < 2024-01-02 | 1",
        "createdAt = \"2024-01-02\" | 2",
        "updatedAt IN [\"2024-01-01\", \"2024-01-10\"] | 1 10",
        "width > 1000 AND height >= 1200 | 1 3 6 9",
        "size > \"1mb\" | 1 9 10",
        "size <= \"1mb\" | 2 3 4 5 6 7",
        "size = 1048576 | 7",
        "size NOT IN [12000, 50000] | 1 2 3 6 7 9 10",
        "format = \"png\" | 2 6 10",
        "format IN [\"jpeg\", \"gif\"] | 1 3 5 7 9",
        "path = \"/summer/\" | 1 2 10",
        "path : \"/summer/\" | 1 2 3 10",
        "path : \"/\" | 1 2 3 4 5 6 7 9 10",
        "path NOT IN [\"/summer/\", \"/winter/\"] | 3 5 6 7",
        "transparency = true | 2 6",
        "transparency NOT = true | 1 3 4 5 7 9 10",
        "\"customMetadata.brand\" = \"Acme\" | 1",
        "\"customMetadata.brand\" : \"Acme\" | 1 2",
        "\"customMetadata.brand\" < \"B\" | 1 2",
        "\"customMetadata.brand\" NOT = \"Acme\" | 2 3 4 5 6 7 9 10",
        "\"customMetadata.rating\" > 4 | 1 9",
        "\"customMetadata.rating\" NOT IN [3, 5] | 1 3 4 5 6 7 10",
        "\"customMetadata.rating\" EXISTS | 1 2 9",
        "\"customMetadata.rating\" = \"3\" | ''",
        "\"customMetadata.approved\" = true | 4",
        "\"customMetadata.channels\" IN [\"print\"] | 4",
        "\"customMetadata.shot\" > \"2024-05-01\" | 6",
        "\"customMetadata.shot\" > \"1y\" | 6",
        "\"customMetadata.nothing\" NOT EXISTS | 1 2 3 4 5 6 7 9 10",
        "\"embeddedMetadata.Keywords\" IN [\"snow\"] | 5",
        "\"embeddedMetadata.Make\" = \"SONY\" | 5",
        "\"embeddedMetadata.DateTimeOriginal\" < \"2021-01-01\" | 5",
        "(size < \"1mb\" AND width > 500) OR (tags IN [\"brand\"]) | 2 3 6",
        "format = \"png\" AND path : \"/summer/\" | 2 10",
        "tags IN [\"summer\"] OR format = \"gif\" AND width < 100 | 1 2 7",
        "(tags IN [\"summer\"] OR format = \"gif\") AND width < 1000 | 2 5",
        "name = \"snow.webp\" and width = 500 | 4",
        "tags HAS \"sum\" | 1 2 7",
        "tags HAS \"SALE\" | 3 5",
        "tags HAS \"b\" | 1 2 6",
        "tags HAS \"summer ban\" | 2",
        "tags HAS \"beach summer\" | 1",
        "tags HAS \"summ beach\" | ''",
        "\"customMetadata.brand\" HAS \"ACME\" | 1 2 10",
        "\"customMetadata.brand\" HAS \"acme co\" | 2",
        "\"customMetadata.channels\" HAS \"pri\" | 4",
        "\"customMetadata.rating\" HAS \"4\" | ''",
        "\"customMetadata.nothing\" HAS \"a\" | ''",
        "rating >= 4 | 1 3",
        "rating = 0 | 4 5 6 7 9 10",
        "rating NOT IN [0, 5] | 2 3",
        "label = \"red\" | 1 3",
        "label IN [\"green\", \"Blue\"] | 2",
        "label NOT = \"none\" | 1 2 3",
        "rating > 3 AND label = \"red\" AND \"customMetadata.rating\" > 4 | 1"})
    void aQueryFindsTheAssetsWorkedOutByHand(String query, String ids) {
        Query q = new QueryParser(SmallLibrary.NOW).parse(query);
        assertThat(numbers(AssetQuery.of(q))).isEqualTo(expected(ids));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "ASC_CREATED | 1 2 3 4 5 6 7 9 10",
        "DESC_CREATED | 10 9 7 6 5 4 3 2 1",
        "ASC_NAME | 3 1 7 10 9 6 2 5 4",
        "DESC_NAME | 4 5 2 6 9 10 7 1 3",
        "DESC_SIZE | 9 1 10 7 3 6 2 4 5",
        "ASC_WIDTH | 5 4 10 2 7 3 6 1 9",
        "DESC_HEIGHT | 9 1 6 3 4 7 2 10 5"})
    void sortKeysOrderLikeTheServiceWithTheIdBreakingTies(String key, String ids) {
        assertThat(numbers(AssetQuery.of(Query.ALL).sorted(SortKey.parse(key)))).isEqualTo(expected(ids));
    }

    @org.junit.jupiter.api.Test
    void pagesSkipAndLimitAndSayWhetherMoreFollow() {
        Page<Asset> page = searcher().apply(AssetQuery.of(Query.ALL).page(2, 3));
        assertThat(page.items()).extracting(a -> Integer.parseInt(a.id().value(), 16)).containsExactly(3, 4, 5);
        assertThat(page.more()).isTrue();
        assertThat(searcher().apply(AssetQuery.of(Query.ALL).page(6, 3)).more()).isFalse();
        assertThat(searcher().apply(AssetQuery.of(Query.ALL).page(50, 3)).items()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theTrashIsSearchedOnlyWhenAskedFor() {
        assertThat(numbers(AssetQuery.of(Query.ALL).in(AssetQuery.Scope.TRASHED))).containsExactly(8);
    }
}
