package io.interdict.lists.xml;

import javax.xml.stream.XMLInputFactory;

/**
 * The one place list readers get an XML parser from. List files come from the internet, so the
 * parser never reads a DTD, never resolves an external entity and never expands an entity it did not
 * define: an XXE or "billion laughs" payload is a malformed file, not a request to fetch or expand.
 */
public final class SafeXml {
  private SafeXml() {}

  /**
   * A new hardened StAX factory (the JDK's own implementation, whatever else is on the class path).
   * New per call: the JDK factory is not documented as safe to share between threads.
   */
  public static XMLInputFactory inputFactory() {
    // newDefaultFactory: a StAX implementation found on the class path might not honour these settings.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }
}
