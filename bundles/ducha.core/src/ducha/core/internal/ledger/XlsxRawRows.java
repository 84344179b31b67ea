package ducha.core.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.eclipse.core.runtime.OperationCanceledException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.ledger.SheetChoice;

/**
 * Streams the chosen sheet of an XLSX workbook ({@link WorkbookSheets}) through POI's event reader: the sheet's XML
 * is parsed with SAX and each row is handed on when it ends, so only one row is held (plus the workbook's shared
 * strings, which POI keeps in memory, and the sheet's cells merged over several rows, {@link MergedRegions}).
 * Progress is the share of the sheet's XML parsed.
 */
final class XlsxRawRows implements RawRowSource {

	/** Columns of a sheet in Excel (A to XFD): a cell beyond them cannot come from Excel. */
	private static final int MAX_COLUMNS = 16_384;

	private final Path file;
	private final String fileName;
	private final LedgerLimits limits;
	private final SheetChoice choice;
	private volatile long bytesRead;
	private volatile long size = -1;

	XlsxRawRows(Path file, String fileName, LedgerLimits limits, SheetChoice choice) {
		this.file = file;
		this.choice = choice;
		this.fileName = fileName;
		this.limits = limits;
	}

	@Override
	public void emit(Consumer<RawRow> rows) throws IOException {
		RowCollector collector = new RowCollector(fileName, rows);
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			PackagePart chosen = new WorkbookSheets(reader, fileName).choose(choice);
			collector.merged = MergedRegions.of(chosen);
			try (InputStream sheet = chosen.getInputStream()) {
				size = chosen.getSize();
				XMLReader parser = new CellLengthGuard(XMLHelper.newXMLReader());
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), sharedStrings(workbook),
						collector, new XlsxCellText(), false));
				parser.parse(new InputSource(new CountingInputStream(sheet, n -> bytesRead = n)));
			}
		} catch (CellLengthGuard.CellTooLongException e) {
			throw problem(collector.rowNumber, e.getMessage());
		} catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
			throw notXlsx(e);
		} catch (IOException e) {
			// POI's zip-bomb check (a part packed more than a hundredfold) has no exception type of its own
			if (String.valueOf(e.getMessage()).startsWith("Zip bomb detected")) {
				throw problem(0, Messages.Limit_zipBomb);
			}
			throw e;
		} catch (RuntimeException e) {
			// what the rows' consumer throws (a refusal, a cancel, the kind's own failure) passes on as it is; any
			// other runtime exception comes from POI reading a damaged workbook (a missing part, a bad reference)
			if (e == collector.consumerFailure || e instanceof LedgerValidationException
					|| e instanceof OperationCanceledException) {
				throw e;
			}
			throw notXlsx(e);
		}
	}

	private LedgerValidationException notXlsx(Exception e) {
		return problem(0, Messages.format(Messages.Reader_notXlsx, String.valueOf(e.getMessage())));
	}

	private LedgerValidationException problem(int row, String reason) {
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, row, null, reason)));
	}

	/**
	 * The workbook's shared strings, which POI's event reader keeps in memory whole: read through a limit, since a
	 * packed part may unpack to any size (POI's own zip-bomb check only refuses parts packed more than a hundredfold).
	 */
	private ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook) throws IOException, SAXException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new ReadOnlySharedStringsTable(workbook);
		}
		try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), limits.maxBytes(),
				() -> limits.partTooLarge(fileName))) {
			return new ReadOnlySharedStringsTable(in);
		}
	}

	@Override
	public double fractionRead() {
		long total = size;
		return total <= 0 ? 0 : Math.min(1, (double) bytesRead / total);
	}

	/**
	 * Gathers one row's cells by their column letters; empty cells are absent from the XML, so gaps stay blank. A row
	 * is held whole, so it may not span more than Excel's columns nor more text than a CSV row may.
	 */
	private static final class RowCollector implements SheetContentsHandler {

		private final String fileName;
		private final Consumer<RawRow> rows;
		private final List<String> cells = new ArrayList<>();
		private int nextColumn;
		private long characters;
		/** The row being read, as Excel numbers it. */
		int rowNumber = 1;
		/** What the consumer threw, to be passed on unchanged. */
		RuntimeException consumerFailure;
		/** The sheet's cells merged over several rows, set before the rows are read. */
		MergedRegions merged;

		RowCollector(String fileName, Consumer<RawRow> rows) {
			this.fileName = fileName;
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
			nextColumn = 0;
			characters = 0;
			rowNumber = rowNum + 1;
		}

		@Override
		public void endRow(int rowNum) {
			merged.fill(rowNum, cells);
			try {
				rows.accept(new RawRow(rowNum + 1, List.copyOf(cells)));
			} catch (RuntimeException e) {
				consumerFailure = e;
				throw e;
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			String text = value == null ? "" : value;
			characters += text.length();
			if (column < 0 || column >= MAX_COLUMNS || characters > RowLengthGuard.MAX_ROW_CHARS) {
				throw new LedgerValidationException(List.of(new LedgerProblem(fileName, rowNumber, null,
						Messages.format(Messages.Limit_rowTooLong, RowLengthGuard.MAX_ROW_CHARS))));
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(text);
			nextColumn = column + 1;
		}
	}
}
