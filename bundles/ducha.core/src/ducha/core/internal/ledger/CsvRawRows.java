package ducha.core.internal.ledger;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import ducha.core.ledger.CsvCells;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * Streams a CSV ledger file record by record. The charset is settled before the first row is handed on, so that
 * nobody has to start over: a UTF-8 BOM means UTF-8; otherwise a file whose bytes are all valid UTF-8 is UTF-8 (one
 * quick pass that holds nothing), and any other is read as GBK, what Excel in China writes as "CSV (逗号分隔)". A
 * file that is not GBK either is refused naming the line of the first byte that is neither.
 */
final class CsvRawRows implements RawRowSource {

	static final Charset GBK = Charset.forName("GBK");
	private static final int BUFFER = 1 << 16;

	private final Path file;
	private final String fileName;
	private final long size;
	private volatile long bytesRead;

	CsvRawRows(Path file, String fileName) throws IOException {
		this.file = file;
		this.fileName = fileName;
		this.size = Files.size(file);
	}

	@Override
	public void emit(Consumer<RawRow> rows) throws IOException {
		boolean bom = hasUtf8Bom(file);
		Charset charset = bom || firstBadLine(StandardCharsets.UTF_8) < 0 ? StandardCharsets.UTF_8 : GBK;
		if (charset == GBK) {
			long bad = firstBadLine(GBK);
			if (bad > 0) {
				throw new LedgerValidationException(
						List.of(new LedgerProblem(fileName, (int) bad, null, Messages.Reader_notUtf8OrGbk)));
			}
		}
		InputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER),
				n -> bytesRead = n);
		if (bom) {
			in.skipNBytes(3);
		}
		// empty lines stay records so that record numbers are the row numbers users see
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		long last = 0;
		try (RowLengthGuard reader = new RowLengthGuard(new InputStreamReader(in, strict(charset)));
				CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				last = record.getRecordNumber();
				rows.accept(new RawRow((int) last, cells(record)));
				reader.rowEnded();
			}
		} catch (UncheckedIOException e) {
			throw rowProblem(last + 1, e.getCause());
		}
	}

	/** The record's cells, restored ({@link CsvCells#restore}); a loop, not a stream: this runs for every row. */
	private static List<String> cells(CSVRecord record) {
		String[] cells = new String[record.size()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = CsvCells.restore(record.get(i));
		}
		return Collections.unmodifiableList(Arrays.asList(cells));
	}

	@Override
	public double fractionRead() {
		return size == 0 ? 1 : (double) bytesRead / size;
	}

	private LedgerValidationException rowProblem(long row, IOException cause) {
		String reason = cause instanceof CharacterCodingException ? Messages.Reader_notUtf8OrGbk
				: cause instanceof RowLengthGuard.RowTooLongException ? cause.getMessage()
						: Messages.format(Messages.Reader_unreadable, cause.getMessage());
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, (int) row, null, reason)));
	}

	private static boolean hasUtf8Bom(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(3);
			return head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
		}
	}

	/**
	 * Decodes the whole file strictly, throwing the text away as it goes.
	 *
	 * @return -1 when every byte decodes, otherwise the line (from 1) that holds the first byte that does not
	 */
	private long firstBadLine(Charset charset) throws IOException {
		CharsetDecoder decoder = strict(charset);
		ByteBuffer in = ByteBuffer.allocate(BUFFER);
		CharBuffer out = CharBuffer.allocate(BUFFER);
		long line = 1;
		boolean end = false;
		try (ReadableByteChannel channel = Files.newByteChannel(file)) {
			while (true) {
				end = end || channel.read(in) < 0;
				in.flip();
				CoderResult result;
				do {
					result = decoder.decode(in, out, end);
					line += lineFeeds(out);
					if (result.isError()) {
						return line;
					}
				} while (result.isOverflow());
				in.compact();
				if (end) {
					return -1;
				}
			}
		}
	}

	/** Counts and empties the decoded text. */
	private static int lineFeeds(CharBuffer decoded) {
		decoded.flip();
		int count = 0;
		while (decoded.hasRemaining()) {
			if (decoded.get() == '\n') {
				count++;
			}
		}
		decoded.clear();
		return count;
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}
}
