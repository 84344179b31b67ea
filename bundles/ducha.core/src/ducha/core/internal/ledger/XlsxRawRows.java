package ducha.core.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * Streams the first sheet of an XLSX workbook through POI's event reader: the sheet's XML is parsed with SAX and
 * each row is handed on when it ends, so only one row is held (plus the workbook's shared strings, which POI keeps
 * in memory). Progress is the share of the sheet's XML parsed.
 */
final class XlsxRawRows implements RawRowSource {

	private final Path file;
	private final String fileName;
	private volatile long bytesRead;
	private volatile long size = -1;

	XlsxRawRows(Path file, String fileName) {
		this.file = file;
		this.fileName = fileName;
	}

	@Override
	public void emit(Consumer<RawRow> rows) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new LedgerValidationException(
						List.of(new LedgerProblem(fileName, 0, null, Messages.Reader_noSheet)));
			}
			try (InputStream sheet = sheets.next()) {
				size = sheets.getSheetPart().getSize();
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(workbook), new RowCollector(rows), new XlsxCellText(), false));
				parser.parse(new InputSource(new CountingInputStream(sheet, n -> bytesRead = n)));
			}
		} catch (OpenXML4JException | SAXException | ParserConfigurationException | UnsupportedFileFormatException
				| InvalidOperationException e) {
			throw new LedgerValidationException(List.of(new LedgerProblem(fileName, 0, null,
					Messages.format(Messages.Reader_notXlsx, String.valueOf(e.getMessage())))));
		}
	}

	@Override
	public double fractionRead() {
		long total = size;
		return total <= 0 ? 0 : Math.min(1, (double) bytesRead / total);
	}

	/** Gathers one row's cells by their column letters; empty cells are absent from the XML, so gaps stay blank. */
	private static final class RowCollector implements SheetContentsHandler {

		private final Consumer<RawRow> rows;
		private final List<String> cells = new ArrayList<>();
		private int nextColumn;

		RowCollector(Consumer<RawRow> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
			nextColumn = 0;
		}

		@Override
		public void endRow(int rowNum) {
			rows.accept(new RawRow(rowNum + 1, List.copyOf(cells)));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
			nextColumn = column + 1;
		}
	}
}
