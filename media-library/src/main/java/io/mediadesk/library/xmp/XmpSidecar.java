package io.mediadesk.library.xmp;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.ColourLabel;
import io.mediadesk.library.asset.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a sidecar says about one image: its keywords, its rating (empty when the file has none)
 * and its label (empty when none). Written with a StAX {@link XMLStreamWriter} (so every text is
 * escaped by the writer, never by hand) as the packet exiftool and Lightroom write; read with a DOM
 * parser that refuses DTDs and never resolves external entities or XIncludes (an XXE payload is
 * an error, not a file read), taking properties as elements or as attributes of any
 * {@code rdf:Description}, as both layouts are valid RDF/XML. A keyword that is not a valid tag
 * (a comma, a {@code %}) and a label or rating outside Mediadesk's sets are reported in
 * {@link #skipped}, not imported.
 */
public record XmpSidecar(List<Tag> keywords, Optional<Integer> rating, Optional<ColourLabel> label, List<String> skipped) {
    static final String X = "adobe:ns:meta/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XMP = "http://ns.adobe.com/xap/1.0/";

    public XmpSidecar {
        keywords = List.copyOf(keywords);
        skipped = List.copyOf(skipped);
    }

    /** A sidecar with what an asset says: rating 0 and label none are written as absent. */
    public static XmpSidecar of(java.util.Collection<Tag> tags, int rating, ColourLabel label) {
        return new XmpSidecar(new ArrayList<>(new java.util.TreeSet<>(tags)), rating == 0 ? Optional.empty() : Optional.of(rating),
                label == ColourLabel.NONE ? Optional.empty() : Optional.of(label), List.of());
    }

    /** Writes the packet as UTF-8; the stream is left open. */
    public void write(OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            w.writeCharacters("\n");
            w.writeStartElement("x", "xmpmeta", X);
            w.writeNamespace("x", X);
            w.writeAttribute("x", X, "xmptk", "Mediadesk");
            w.writeCharacters("\n ");
            w.writeStartElement("rdf", "RDF", RDF);
            w.writeNamespace("rdf", RDF);
            w.writeCharacters("\n  ");
            w.writeStartElement("rdf", "Description", RDF);
            w.writeNamespace("dc", DC);
            w.writeNamespace("xmp", XMP);
            w.writeAttribute("rdf", RDF, "about", "");
            if (rating.isPresent()) property(w, "Rating", String.valueOf(rating.get()));
            if (label.isPresent()) property(w, "Label", capitalised(label.get()));
            if (!keywords.isEmpty()) {
                w.writeCharacters("\n   ");
                w.writeStartElement("dc", "subject", DC);
                w.writeCharacters("\n    ");
                w.writeStartElement("rdf", "Bag", RDF);
                for (Tag t : keywords) {
                    w.writeCharacters("\n     ");
                    w.writeStartElement("rdf", "li", RDF);
                    w.writeCharacters(t.value());
                    w.writeEndElement();
                }
                w.writeCharacters("\n    ");
                w.writeEndElement();
                w.writeCharacters("\n   ");
                w.writeEndElement();
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeProcessingInstruction("xpacket", "end=\"w\"");
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XMP: " + e.getMessage(), e);
        }
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeCharacters("\n   ");
        w.writeStartElement("xmp", name, XMP);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** {@code Red}: how Lightroom and Bridge spell their default labels. */
    static String capitalised(ColourLabel l) {
        String s = l.wireName();
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Parses a sidecar; a malformed file, a DTD or an entity declaration is an {@link InvalidValueException}. */
    public static XmpSidecar read(InputStream in, String what) throws IOException {
        Document doc;
        try {
            doc = parser().parse(in);
        } catch (SAXException e) {
            throw new InvalidValueException("xmp", "format", what + " is not a readable XMP sidecar: " + e.getMessage());
        }
        List<Tag> keywords = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Optional<Integer> rating = Optional.empty();
        Optional<ColourLabel> label = Optional.empty();
        NodeList descriptions = doc.getElementsByTagNameNS(RDF, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Element d = (Element) descriptions.item(i);
            Optional<String> r = property(d, "Rating");
            if (r.isPresent()) rating = rating(r.get(), skipped);
            Optional<String> l = property(d, "Label");
            if (l.isPresent()) label = label(l.get(), skipped);
            NodeList subjects = d.getElementsByTagNameNS(DC, "subject");
            for (int s = 0; s < subjects.getLength(); s++) {
                NodeList items = ((Element) subjects.item(s)).getElementsByTagNameNS(RDF, "li");
                for (int k = 0; k < items.getLength(); k++) {
                    String text = items.item(k).getTextContent().strip();
                    try {
                        Tag t = Tag.of(text);
                        if (!keywords.contains(t)) keywords.add(t);
                    } catch (InvalidValueException e) {
                        skipped.add("keyword \"" + text + "\": " + e.getMessage());
                    }
                }
            }
        }
        return new XmpSidecar(keywords, rating, label, skipped);
    }

    /** An {@code xmp:} property as an element or as an attribute of the description. */
    private static Optional<String> property(Element description, String name) {
        if (description.hasAttributeNS(XMP, name)) return Optional.of(description.getAttributeNS(XMP, name).strip());
        NodeList found = description.getElementsByTagNameNS(XMP, name);
        return found.getLength() == 0 ? Optional.empty() : Optional.of(found.item(0).getTextContent().strip());
    }

    /** XMP allows -1 (rejected) and decimals; Mediadesk keeps 0-5 whole stars, -1 read as unrated. */
    private static Optional<Integer> rating(String text, List<String> skipped) {
        try {
            double d = Double.parseDouble(text);
            if (d == -1) return Optional.of(0);
            if (d >= 0 && d <= 5 && d == Math.rint(d)) return Optional.of((int) d);
        } catch (NumberFormatException e) {
            // reported below
        }
        skipped.add("rating \"" + text + "\" is not 0-5");
        return Optional.empty();
    }

    private static Optional<ColourLabel> label(String text, List<String> skipped) {
        if (text.isEmpty()) return Optional.of(ColourLabel.NONE);
        try {
            return Optional.of(ColourLabel.parse(text));
        } catch (InvalidValueException e) {
            skipped.add("label \"" + text + "\" is not one of Mediadesk's colours");
            return Optional.empty();
        }
    }

    /** Namespace-aware, no DTD at all (so no entity of any kind), no external access, no XInclude. */
    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new LibraryException("this Java has no secure XML parser: " + e.getMessage(), e);
        }
    }
}
