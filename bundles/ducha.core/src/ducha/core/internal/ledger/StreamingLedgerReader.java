package ducha.core.internal.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerFormat;
import ducha.core.ledger.LedgerNotice;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowHandler;
import ducha.core.ledger.LedgerTable;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.ledger.SheetChoice;

/**
 * The platform's {@link LedgerReader}: CSV through Commons CSV, XLSX through POI's event reader, both streamed and
 * both within the {@link LedgerLimits} of {@code ducha.properties}.
 */
@Component
public class StreamingLedgerReader implements LedgerReader {

	private final SheetChoice choice;

	/** The service: reads a workbook's only sheet. */
	public StreamingLedgerReader() {
		this(SheetChoice.ANY);
	}

	private StreamingLedgerReader(SheetChoice choice) {
		this.choice = choice;
	}

	@Override
	public LedgerReader inSheet(SheetChoice chosen) {
		return new StreamingLedgerReader(chosen);
	}

	@Override
	public void read(Path file, List<LedgerColumn> columns, LedgerRowHandler handler, IProgressMonitor monitor) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw fileProblem(name, Messages.format(Messages.Reader_fileMissing, file.toString()));
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.format(Messages.Reader_task, name),
				RowPump.PERMILLE);
		try {
			LedgerLimits limits = LedgerLimits.configured();
			limits.checkSize(name, Files.size(file));
			RawRowSource source = LedgerFormat.of(file) == LedgerFormat.XLSX ? new XlsxRawRows(file, name, limits, choice)
					: new CsvRawRows(file, name);
			RowPump pump = new RowPump(name, columns, handler, source, progress, limits);
			source.emit(pump);
			pump.finish();
		} catch (IOException e) {
			throw fileProblem(name, Messages.format(Messages.Reader_unreadable, String.valueOf(e.getMessage())));
		}
	}

	@Override
	public LedgerTable readTable(Path file, List<LedgerColumn> columns, IProgressMonitor monitor) {
		List<LedgerColumn> matched = new ArrayList<>();
		CompactRows rows = new CompactRows(columns);
		List<LedgerProblem> problems = new ArrayList<>();
		List<LedgerNotice> notices = new ArrayList<>();
		read(file, columns, new LedgerRowHandler() {
			@Override
			public void header(List<LedgerColumn> found) {
				matched.addAll(found);
			}

			@Override
			public void row(LedgerRow row) {
				rows.append(row);
			}

			@Override
			public void problem(LedgerProblem problem) {
				problems.add(problem);
			}

			@Override
			public void notice(LedgerNotice notice) {
				notices.add(notice);
			}
		}, monitor);
		if (!problems.isEmpty()) {
			throw new LedgerValidationException(problems);
		}
		// the table lists its columns in the kind's order, as the kinds' exports do
		return new LedgerTable(file.getFileName().toString(), columns.stream().filter(matched::contains).toList(),
				rows, notices);
	}

	private static LedgerValidationException fileProblem(String fileName, String reason) {
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, 0, null, reason)));
	}
}
