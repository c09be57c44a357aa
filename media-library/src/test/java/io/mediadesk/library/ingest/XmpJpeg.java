package io.mediadesk.library.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A JPEG with an XMP packet listing {@code dc:subject} keywords, written by hand. */
final class XmpJpeg {
    private XmpJpeg() {
    }

    static byte[] withSubjects(byte[] jpeg, String... subjects) {
        StringBuilder items = new StringBuilder();
        for (String s : subjects) items.append("<rdf:li>").append(s).append("</rdf:li>");
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:subject><rdf:Bag>" + items
                + "</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>";
        byte[] payload = ("http://ns.adobe.com/xap/1.0/\0" + xmp).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
