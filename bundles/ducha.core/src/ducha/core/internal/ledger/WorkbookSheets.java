package ducha.core.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.ledger.SheetChoice;
import ducha.core.ledger.SheetNotChosenException;

/** The sheets of a workbook by name, and the one a {@link SheetChoice} picks. */
final class WorkbookSheets {

	private final String fileName;
	private final List<String> names = new ArrayList<>();
	private final List<PackagePart> parts = new ArrayList<>();

	WorkbookSheets(XSSFReader reader, String fileName) throws IOException, InvalidFormatException {
		this.fileName = fileName;
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		while (sheets.hasNext()) {
			try (InputStream ignored = sheets.next()) {
				names.add(sheets.getSheetName());
				parts.add(sheets.getSheetPart());
			}
		}
	}

	/**
	 * The sheet chosen: the one the user named; else the one named as the ledger; else the only sheet, or the only
	 * sheet with cells (Excel used to add two empty sheets to every workbook).
	 *
	 * @throws LedgerValidationException when the workbook has no sheet
	 * @throws SheetNotChosenException   when it has not the one named, or several and none chosen
	 */
	PackagePart choose(SheetChoice choice) throws IOException, SAXException, ParserConfigurationException {
		if (parts.isEmpty()) {
			throw problem(Messages.Reader_noSheet);
		}
		String sheets = String.join("、", names);
		if (choice.requested() != null) {
			int named = indexOf(choice.requested());
			if (named < 0) {
				throw notChosen(Messages.format(Messages.Reader_noSuchSheet, choice.requested(), sheets));
			}
			return parts.get(named);
		}
		for (String ledgerName : choice.ledgerNames()) {
			int named = indexOf(ledgerName);
			if (named >= 0) {
				return parts.get(named);
			}
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		List<PackagePart> withCells = new ArrayList<>();
		for (PackagePart part : parts) {
			if (hasCells(part)) {
				withCells.add(part);
			}
		}
		if (withCells.size() == 1) {
			return withCells.get(0);
		}
		String ledger = choice.ledgerNames().isEmpty() ? "" : choice.ledgerNames().get(0);
		throw notChosen(Messages.format(Messages.Reader_chooseSheet, names.size(), sheets, ledger));
	}

	private int indexOf(String name) {
		for (int i = 0; i < names.size(); i++) {
			if (Objects.equals(names.get(i).strip(), name.strip())) {
				return i;
			}
		}
		return -1;
	}

	/** Whether any cell of the sheet holds a value; stops at the first. */
	private static boolean hasCells(PackagePart sheet) throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes)
					throws SAXException {
				if ("v".equals(localName) || "is".equals(localName)) {
					throw new FoundCell();
				}
			}
		});
		try (InputStream in = sheet.getInputStream()) {
			parser.parse(new InputSource(in));
			return false;
		} catch (FoundCell found) {
			return true;
		}
	}

	/** Ends the search at the first cell. */
	private static final class FoundCell extends SAXException {
		private static final long serialVersionUID = 1L;
	}

	private SheetNotChosenException notChosen(String reason) {
		return new SheetNotChosenException(fileName, reason, names);
	}

	private LedgerValidationException problem(String reason) {
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, 0, null, reason)));
	}
}
