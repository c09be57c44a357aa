package io.mediadesk.library.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.Field.Kind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(SmallLibrary.NOW);

    private static Query.Clause clause(Kind kind, Operator op, Operand... values) {
        return new Query.Clause(Field.of(kind), op, List.of(values));
    }

    @Test
    void anEmptyQueryMatchesEverything() {
        assertThat(parser.parse("")).isEqualTo(Query.ALL);
        assertThat(parser.parse("   ")).isEqualTo(Query.ALL);
    }

    @Test
    void andBindsTighterThanOr() {
        Query q = parser.parse("width > 1 OR width > 2 AND width > 3");
        assertThat(q).isEqualTo(new Query.Or(List.of(
                clause(Kind.WIDTH, Operator.GT, Operand.number(1)),
                new Query.And(List.of(clause(Kind.WIDTH, Operator.GT, Operand.number(2)),
                        clause(Kind.WIDTH, Operator.GT, Operand.number(3)))))));
    }

    @Test
    void parenthesesGroup() {
        Query q = parser.parse("(width > 1 OR width > 2) AND width > 3");
        assertThat(q).isInstanceOf(Query.And.class);
        assertThat(((Query.And) q).parts().get(0)).isInstanceOf(Query.Or.class);
    }

    @Test
    void negatedOperatorsWrapThePositiveClause() {
        assertThat(parser.parse("name NOT = \"a\"")).isEqualTo(new Query.Not(clause(Kind.NAME, Operator.EQ, Operand.text("a"))));
        assertThat(parser.parse("tags not in [\"a\", \"b\"]"))
                .isEqualTo(new Query.Not(clause(Kind.TAGS, Operator.IN, Operand.text("a"), Operand.text("b"))));
        assertThat(parser.parse("tags NOT EXISTS")).isEqualTo(new Query.Not(clause(Kind.TAGS, Operator.EXISTS)));
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(parser.parse("width > 1 and width < 9 or tags exists")).isInstanceOf(Query.Or.class);
    }

    @Test
    void relativeDatesResolveAgainstTheClock() {
        // NOW is 2024-01-11T00:00Z.
        assertThat(parser.parse("createdAt > \"7d\"")).isEqualTo(
                clause(Kind.CREATED_AT, Operator.GT, Operand.instant(Instant.parse("2024-01-04T00:00:00Z"))));
        assertThat(parser.parse("updatedAt <= 2023-12-31")).isEqualTo(
                clause(Kind.UPDATED_AT, Operator.LE, Operand.instant(Instant.parse("2023-12-31T00:00:00Z"))));
    }

    @Test
    void sizesReadUnitsAsBinaryMultiples() {
        assertThat(parser.parse("size > \"1mb\"")).isEqualTo(clause(Kind.SIZE, Operator.GT, Operand.number(1_048_576)));
        assertThat(parser.parse("size < \"10kb\"")).isEqualTo(clause(Kind.SIZE, Operator.LT, Operand.number(10_240)));
        assertThat(parser.parse("size >= \"1.5 KB\"")).isEqualTo(clause(Kind.SIZE, Operator.GE, Operand.number(1536)));
        assertThat(parser.parse("size = 2048")).isEqualTo(clause(Kind.SIZE, Operator.EQ, Operand.number(2048)));
    }

    @Test
    void pathsAndFormatsAreNormalised() {
        assertThat(parser.parse("path : \"/summer\"")).isEqualTo(clause(Kind.PATH, Operator.PREFIX, Operand.text("/summer/")));
        assertThat(parser.parse("format = \"JPEG\"")).isEqualTo(clause(Kind.FORMAT, Operator.EQ, Operand.text("jpg")));
    }

    @Test
    void metadataFieldsAreQuotedAsAWholeAndTheirValuesKeepTheirKind() {
        assertThat(parser.parse("\"customMetadata.rating\" > 4.3")).isEqualTo(
                new Query.Clause(Field.custom("rating"), Operator.GT, List.of(Operand.number(4.3))));
        assertThat(parser.parse("\"customMetadata.ok\" = true")).isEqualTo(
                new Query.Clause(Field.custom("ok"), Operator.EQ, List.of(Operand.of(new MetaValue.Flag(true)))));
        Query.Clause date = (Query.Clause) parser.parse("\"embeddedMetadata.DateTimeOriginal\" < \"2021-01-01\"");
        assertThat(date.field()).isEqualTo(Field.embedded("DateTimeOriginal"));
        assertThat(date.value().date()).contains(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(date.value().value()).isEqualTo(new MetaValue.Text("2021-01-01"));
    }

    @Test
    void stringsUnescapeQuotesAndBackslashes() {
        assertThat(parser.parse("name = \"say \\\"hi\\\" \\\\ bye\"")).isEqualTo(
                clause(Kind.NAME, Operator.EQ, Operand.text("say \"hi\" \\ bye")));
    }

    // CsvSource trims each cell, so "name = " arrives as "name =" (6 characters, the end at 7).
    @ParameterizedTest(name = "[{index}] {0} -> position {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "name = | 7 | expected a value, found the end of the query",
        "name == \"x\" | 7 | expected a value, found '='",
        "nme = \"x\" | 1 | unknown field 'nme'",
        "name = \"x\" AND | 15 | expected a field name",
        "(name = \"x\" | 12 | expected ')' to close the '(' at position 1",
        "width > \"big\" | 9 | expected a number",
        "tags = \"a\" | 6 | tags does not take =",
        "name = \"x | 8 | unterminated string",
        "size > \"1zb\" | 8 | expected a size",
        "createdAt > \"yesterday\" | 13 | expected an ISO 8601 date",
        "customMetadata.brand = \"x\" | 1 | quote metadata fields as a whole",
        "name = \"a\" name = \"b\" | 12 | expected AND, OR or the end of the query, found 'name'",
        "format = \"heic\" | 10 | is not one of",
        "name NOT : \"x\" | 10 | NOT goes only before =, IN or EXISTS",
        "width > 5 & | 11 | unexpected character '&'",
        "tags IN \"a\" | 9 | IN takes an array",
        "tags IN [\"a\" \"b\"] | 14 | expected ',' or ']'",
        "name = beach | 8 | text values go in double quotes",
        "private = true | 1 | does not keep private",
        "transparency = 1 | 16 | expected true or false",
        "name HAS \"--\" | 10 | HAS needs at least one word",
        "path = \"/a b/\" | 8 | may only hold letters",
        "name ~ \"x\" | 6 | unexpected character '~'",
        "width > | 8 | expected a value",
        "label = \"pink\" | 9 | unknown colour label",
        "\"embeddedMetadata.Make\" HAS \"x\" | 25 | does not take HAS",
        "\"customMetadata.brand\" HAS \"!\" | 28 | HAS needs at least one word",
        "label > \"red\" | 7 | label does not take >",
        "rating >= \"4\" | 11 | expected a number"})
    void errorsNameTheProblemAndThePositionOfTheToken(String query, int position, String problem) {
        assertThatThrownBy(() -> parser.parse(query)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining(problem).hasMessageEndingWith("at position " + position)
                .extracting(e -> ((QuerySyntaxException) e).position()).isEqualTo(position);
    }

    @Test
    void deepNestingIsRefusedRatherThanOverflowingTheStack() {
        String deep = "(".repeat(100_00 / 2) + "width > 1" + ")".repeat(100_00 / 2);
        assertThatThrownBy(() -> parser.parse(deep.substring(0, Math.min(deep.length(), QueryParser.MAX_LENGTH))))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("nest deeper than 64");
    }
}
