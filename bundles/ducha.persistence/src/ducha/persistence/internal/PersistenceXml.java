package ducha.persistence.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ducha.core.DuchaException;
import ducha.core.Language;

/** Reads the unit names of a persistence.xml. */
final class PersistenceXml {

	private PersistenceXml() {
	}

	static List<String> unitNames(URL xml) {
		try (InputStream in = xml.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(in);
			NodeList units = document.getElementsByTagNameNS("*", "persistence-unit");
			List<String> names = new ArrayList<>();
			for (int i = 0; i < units.getLength(); i++) {
				names.add(((Element) units.item(i)).getAttribute("name"));
			}
			return names;
		} catch (Exception e) {
			throw new DuchaException(Language.format(Messages.PersistenceXml_unreadable, xml, e.getMessage()), e);
		}
	}
}
