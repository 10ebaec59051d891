package dev.licit.screening.imports;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the EU and UK importers open XML: StAX with DTDs and external entities off, so a
 * list file can neither read local files (XXE) nor expand entities (billion laughs); memory stays
 * linear in the file's size because records are read one at a time.
 */
final class XmlInput {
    // the first element after the prolog, comments and processing instructions
    private static final Pattern ROOT = Pattern.compile(
            "\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)",
            Pattern.DOTALL);

    private XmlInput() {}

    static XMLStreamReader open(SourceFile file) throws ImportException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            return f.createXMLStreamReader(new StringReader(file.text()));
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        }
    }

    /** The local name of the document's root element, or null when the text does not start like XML. */
    static String rootElement(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // only the head of the file is looked at: the root element comes before any record
        Matcher m = ROOT.matcher(t.length() > 65_536 ? t.substring(0, 65_536) : t);
        return m.lookingAt() ? m.group(2) : null;
    }

    /** Reads one record at its start element (the reader stands on it) up to its end element. */
    @FunctionalInterface
    interface RecordReader<T> {
        T read(XMLStreamReader x) throws XMLStreamException, ImportException;
    }

    /**
     * The records of a list file, one at a time: the first element must be {@code root} (else "root
     * element is not {@code rootDescription}"), and every {@code record} element under it is read by
     * {@code reader}. A file without a root, or malformed XML, is refused with its line.
     */
    static <T> List<T> records(
            SourceFile file, String root, String rootDescription, String record, RecordReader<T> reader)
            throws ImportException {
        List<T> out = new ArrayList<>();
        XMLStreamReader x = open(file);
        try {
            boolean sawRoot = false;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String el = x.getLocalName();
                if (!sawRoot) {
                    if (!el.equals(root)) {
                        throw new ImportException(
                                file.name(), x.getLocation().getLineNumber(), "root element is not " + rootDescription);
                    }
                    sawRoot = true;
                } else if (el.equals(record)) {
                    out.add(reader.read(x));
                }
            }
            if (!sawRoot) {
                throw new ImportException(file.name(), 1, "no " + root + " root element");
            }
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        } finally {
            close(x);
        }
        return out;
    }

    static ImportException malformed(SourceFile file, XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new ImportException(file.name(), line, "malformed XML: " + stripLocation(e.getMessage()), e);
    }

    static void close(XMLStreamReader x) {
        if (x != null) {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // nothing useful to do: the reader holds no file handle
            }
        }
    }

    /** An attribute's cleaned value, or the empty string when the element does not carry it. */
    static String attr(XMLStreamReader x, String name) {
        return Fields.clean(x.getAttributeValue(null, name));
    }

    private static String stripLocation(String message) {
        // the StAX message repeats the position in its own words; the line is reported separately
        int i = message == null ? -1 : message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + 9) : String.valueOf(message);
    }
}
