package io.mediadesk.engine.codec;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/** The one way the engine reads XML: SVG headers, the bundled face cascade. */
public final class SafeXml {

    private SafeXml() {
    }

    /** A StAX factory that will not read a DTD, resolve an entity or fetch anything. */
    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external reference refused: " + systemId);
        });
        return factory;
    }
}
