package ducha.core.internal.ledger;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the SAX parser and POI's sheet handler, which gathers a cell's text whole: a text longer than
 * Excel's own limit for a cell ({@value #MAX_CELL_CHARS} characters) cannot come from Excel, and a sheet of one
 * endless cell would otherwise fill the heap.
 */
final class CellLengthGuard extends XMLFilterImpl {

	/** Excel's limit of the characters in one cell. */
	static final int MAX_CELL_CHARS = 32_767;

	/** A text over {@link CellLengthGuard#MAX_CELL_CHARS}. */
	static final class CellTooLongException extends SAXException {

		private static final long serialVersionUID = 1L;

		CellTooLongException() {
			super(Messages.format(Messages.Limit_cellTooLong, MAX_CELL_CHARS));
		}
	}

	private long run;

	CellLengthGuard(XMLReader parser) {
		super(parser);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
		run = 0;
		super.startElement(uri, localName, qName, atts);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		run = 0;
		super.endElement(uri, localName, qName);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		run += length;
		if (run > MAX_CELL_CHARS) {
			throw new CellTooLongException();
		}
		super.characters(ch, start, length);
	}
}
