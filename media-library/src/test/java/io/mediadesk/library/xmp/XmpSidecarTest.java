package io.mediadesk.library.xmp;

import static io.mediadesk.library.fixture.AssetBuilder.asset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.ColourLabel;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.AuditEntry;
import io.mediadesk.library.store.sqlite.SqliteCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** XMP sidecars: the written packet read by a plain JDK parser, round trips, exiftool's layout by hand, XXE refused. */
class XmpSidecarTest {
    @TempDir
    Path tmp;

    private static byte[] written(XmpSidecar s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(out);
        return out.toByteArray();
    }

    private static XmpSidecar read(String xml) throws Exception {
        return XmpSidecar.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xmp");
    }

    @Test
    void theWrittenPacketHoldsTheStandardPropertiesForAnyXmlReader() throws Exception {
        byte[] xml = written(XmpSidecar.of(List.of(Tag.of("summer"), Tag.of("caf\u00e9 <& \"friends\">"), Tag.of("\u65e5\u672c")), 4,
                ColourLabel.RED));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList li = d.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < li.getLength(); i++) words.add(li.item(i).getTextContent());
        assertThat(words).containsExactly("caf\u00e9 <& \"friends\">", "summer", "\u65e5\u672c");
        assertThat(li.item(0).getParentNode().getLocalName()).isEqualTo("Bag");
        assertThat(li.item(0).getParentNode().getParentNode().getNamespaceURI()).isEqualTo("http://purl.org/dc/elements/1.1/");
        assertThat(d.getElementsByTagNameNS("http://ns.adobe.com/xap/1.0/", "Rating").item(0).getTextContent()).isEqualTo("4");
        assertThat(d.getElementsByTagNameNS("http://ns.adobe.com/xap/1.0/", "Label").item(0).getTextContent()).isEqualTo("Red");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<?xpacket begin=").contains("&lt;&amp;");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        XmpSidecar s = XmpSidecar.of(List.of(Tag.of("a"), Tag.of("\u00e9t\u00e9")), 5, ColourLabel.PURPLE);
        assertThat(XmpSidecar.read(new ByteArrayInputStream(written(s)), "x")).isEqualTo(s);
        XmpSidecar none = XmpSidecar.of(List.of(), 0, ColourLabel.NONE);
        assertThat(XmpSidecar.read(new ByteArrayInputStream(written(none)), "x")).isEqualTo(none);
    }

    @Test
    void aSidecarInExiftoolsLayoutIsRead() throws Exception {
        // As `exiftool -o x.xmp` lays it out: single quotes, one rdf:Description per namespace, a BOM in the xpacket.
        String xml = "<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                + "<x:xmpmeta xmlns:x='adobe:ns:meta/' x:xmptk='Image::ExifTool 12.57'>\n"
                + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n\n"
                + " <rdf:Description rdf:about=''\n  xmlns:dc='http://purl.org/dc/elements/1.1/'>\n"
                + "  <dc:subject>\n   <rdf:Bag>\n    <rdf:li>beach</rdf:li>\n    <rdf:li>Gr\u00fcn, blau</rdf:li>\n"
                + "    <rdf:li>sunset</rdf:li>\n   </rdf:Bag>\n  </dc:subject>\n </rdf:Description>\n\n"
                + " <rdf:Description rdf:about=''\n  xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
                + "  <xmp:Label>Green</xmp:Label>\n  <xmp:Rating>3</xmp:Rating>\n </rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>\n";
        XmpSidecar s = read(xml);
        assertThat(s.keywords()).containsExactly(Tag.of("beach"), Tag.of("sunset"));
        assertThat(s.skipped()).singleElement().asString().contains("Gr\u00fcn, blau").contains("comma");
        assertThat(s.rating()).contains(3);
        assertThat(s.label()).contains(ColourLabel.GREEN);
    }

    @Test
    void propertiesAsAttributesAndUnknownValuesAreHandled() throws Exception {
        String xml = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:Rating=\"-1\" xmp:Label=\"To Do\"/>"
                + "</rdf:RDF></x:xmpmeta>";
        XmpSidecar s = read(xml);
        assertThat(s.rating()).contains(0);
        assertThat(s.label()).isEmpty();
        assertThat(s.skipped()).singleElement().asString().contains("To Do");
        assertThat(read(xml.replace("\"-1\"", "\"7\"")).rating()).isEmpty();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-42");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:subject><rdf:Bag>"
                + "<rdf:li>&xxe;</rdf:li></rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(InvalidValueException.class).hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
        String laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>";
        assertThatThrownBy(() -> read(laughs)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> read("<x:xmpmeta")).isInstanceOf(InvalidValueException.class).hasMessageContaining("test.xmp");
    }

    @Test
    void aSelectionIsExportedAtItsLibraryPathsAndImportedBackIntoAnotherLibrary() throws Exception {
        Path dir = tmp.resolve("sidecars");
        try (SqliteCatalog one = SqliteCatalog.open(tmp.resolve("one.db"), new Actor("alice"), SmallLibrary.NOW)) {
            AssetRepository repo = one.assets();
            repo.addAll(List.of(asset(1).in("/summer/").named("beach.jpg").tags("sea", "\u00e9t\u00e9").rating(4).label(ColourLabel.BLUE).build(),
                    asset(2).in("/winter/").named("beach.jpg").tags("snow").build(), asset(3).named("other.png").build()));
            List<XmpSidecars.Item> items = XmpSidecars.export(repo, List.of(AssetId.of(asset(1).build().id().value()),
                    asset(2).build().id()), dir);
            assertThat(items).extracting(XmpSidecars.Item::status).containsOnly("written");
        }
        assertThat(dir.resolve("summer").resolve("beach.jpg.xmp")).isRegularFile();
        assertThat(dir.resolve("winter").resolve("beach.jpg.xmp")).isRegularFile();
        Files.writeString(dir.resolve("nobody.jpg.xmp"), "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>");
        Files.writeString(dir.resolve("other.png.xmp"), "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
                + "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:Rating=\"2\"/></rdf:RDF></x:xmpmeta>");
        try (SqliteCatalog two = SqliteCatalog.open(tmp.resolve("two.db"), new Actor("bob"), SmallLibrary.NOW)) {
            AssetRepository repo = two.assets();
            repo.addAll(List.of(asset(11).in("/summer/").named("beach.jpg").tags("old").build(),
                    asset(12).in("/winter/").named("beach.jpg").build(), asset(13).in("/misc/").named("other.png").build()));
            List<XmpSidecars.Item> items = XmpSidecars.importFrom(repo, dir);
            assertThat(items).extracting(i -> dir.relativize(i.sidecar()).toString().replace('\\', '/') + " " + i.status())
                    .containsExactly("nobody.jpg.xmp unmatched", "other.png.xmp imported", "summer/beach.jpg.xmp imported",
                            "winter/beach.jpg.xmp imported");
            var summer = repo.find(asset(11).build().id()).orElseThrow();
            assertThat(summer.tags()).extracting(Tag::value).containsExactly("old", "sea", "\u00e9t\u00e9");
            assertThat(summer.rating()).isEqualTo(4);
            assertThat(summer.label()).isEqualTo(ColourLabel.BLUE);
            assertThat(repo.find(asset(12).build().id()).orElseThrow().tags()).extracting(Tag::value).containsExactly("snow");
            assertThat(repo.find(asset(13).build().id()).orElseThrow().rating()).isEqualTo(2);
            assertThat(repo.audit(Optional.of(summer.id()), 10)).extracting(AuditEntry::action)
                    .containsExactly("label.set", "rating.set", "tag.add", "add");
            assertThat(XmpSidecars.importFrom(repo, dir)).extracting(XmpSidecars.Item::status)
                    .containsExactly("unmatched", "unchanged", "unchanged", "unchanged");
        }
    }
}
