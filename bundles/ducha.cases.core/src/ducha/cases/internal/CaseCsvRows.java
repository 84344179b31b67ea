package ducha.cases.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerValidationException;

/**
 * Streams the rows of a CSV ledger file one at a time (the platform's reader holds a whole file, which a register
 * of a million cases must not). The bytes are decoded strictly: a UTF-8 BOM means UTF-8; otherwise the caller
 * reads as UTF-8 and, when {@link NotThisCharsetException} comes, reads again as GBK.
 */
final class CaseCsvRows implements AutoCloseable {

	/** The file is not valid in the charset tried. */
	static final class NotThisCharsetException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotThisCharsetException(Throwable cause) {
			super(cause);
		}
	}

	static final Charset GBK = Charset.forName("GBK");

	private final String fileName;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private LedgerColumn[] byPosition;

	/**
	 * @param bytesRead told how many bytes were read so far, for progress
	 */
	CaseCsvRows(Path file, Charset charset, List<LedgerColumn> columns, LongConsumer bytesRead) throws IOException {
		this.fileName = file.getFileName().toString();
		InputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
				bytesRead);
		skipBom(in);
		Reader reader = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT));
		// empty lines stay records so that record numbers are the row numbers users see
		this.parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get());
		this.records = parser.iterator();
		readHeader(columns);
	}

	/** True when the file starts with a UTF-8 byte order mark. */
	static boolean hasUtf8Bom(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(3);
			return head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
		}
	}

	private static void skipBom(InputStream in) throws IOException {
		in.mark(3);
		byte[] head = in.readNBytes(3);
		if (!(head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf)) {
			in.reset();
		}
	}

	/** The next data row, blank rows skipped, or null at the end. */
	LedgerRow next(List<LedgerProblem> problems) {
		while (hasNextRecord()) {
			CSVRecord record = nextRecord();
			int rowNumber = (int) record.getRecordNumber();
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < record.size(); i++) {
				String value = record.get(i).strip();
				if (value.isEmpty()) {
					continue;
				}
				if (i >= byPosition.length || byPosition[i] == null) {
					problems.add(new LedgerProblem(fileName, rowNumber, null,
							"第 " + (i + 1) + " 列有内容“" + value + "”，但该列没有表头"));
				} else {
					values.put(byPosition[i].key(), value);
				}
			}
			if (!values.isEmpty()) {
				return new LedgerRow(rowNumber, values);
			}
		}
		return null;
	}

	private void readHeader(List<LedgerColumn> columns) {
		CSVRecord header = null;
		while (header == null && hasNextRecord()) {
			CSVRecord record = nextRecord();
			if (!record.stream().allMatch(String::isBlank)) {
				header = record;
			}
		}
		if (header == null) {
			throw new LedgerValidationException(List.of(new LedgerProblem(fileName, 0, null, "文件是空的：第一行应为表头")));
		}
		int row = (int) header.getRecordNumber();
		List<LedgerProblem> problems = new ArrayList<>();
		byPosition = new LedgerColumn[header.size()];
		List<LedgerColumn> matched = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String text = clean(header.get(i));
			if (text.isEmpty()) {
				continue;
			}
			LedgerColumn column = match(columns, text);
			if (column == null) {
				problems.add(new LedgerProblem(fileName, row, text, "未知的列，可用的列："
						+ String.join("、", columns.stream().map(LedgerColumn::header).toList())));
			} else if (matched.contains(column)) {
				problems.add(new LedgerProblem(fileName, row, column.header(), "列重复"));
			} else {
				byPosition[i] = column;
				matched.add(column);
			}
		}
		for (LedgerColumn column : columns) {
			if (column.required() && !matched.contains(column)) {
				problems.add(new LedgerProblem(fileName, row, column.header(), "缺少必填列"));
			}
		}
		if (!problems.isEmpty()) {
			throw new LedgerValidationException(problems);
		}
	}

	private boolean hasNextRecord() {
		try {
			return records.hasNext();
		} catch (UncheckedIOException e) {
			throw charsetOrIo(e);
		}
	}

	private CSVRecord nextRecord() {
		try {
			return records.next();
		} catch (UncheckedIOException e) {
			throw charsetOrIo(e);
		}
	}

	private RuntimeException charsetOrIo(UncheckedIOException e) {
		Throwable cause = e;
		while (cause != null) {
			if (cause instanceof CharacterCodingException) {
				return new NotThisCharsetException(cause);
			}
			cause = cause.getCause();
		}
		return new LedgerValidationException(
				List.of(new LedgerProblem(fileName, 0, null, "无法读取文件：" + e.getCause().getMessage())));
	}

	private static String clean(String text) {
		String t = text == null ? "" : text.replace("\uFEFF", "").strip();
		while (t.endsWith("*") || t.endsWith("＊")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}

	private static LedgerColumn match(List<LedgerColumn> columns, String text) {
		for (LedgerColumn c : columns) {
			if (c.header().equals(text) || c.key().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
				return c;
			}
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	/** Which charsets to try, in order, for a file. */
	static List<Charset> charsetsFor(Path file) throws IOException {
		return hasUtf8Bom(file) ? List.of(StandardCharsets.UTF_8) : List.of(StandardCharsets.UTF_8, GBK);
	}
}
