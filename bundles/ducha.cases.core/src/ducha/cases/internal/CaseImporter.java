package ducha.cases.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import ducha.cases.CaseRecord;
import ducha.core.DuchaException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerValidationException;

/**
 * One import of the case register: rows are parsed, checked and upserted as they stream past, all inside one
 * database transaction that commits only when the whole file was clean. After the first bad row nothing more is
 * written, but every row is still checked, so that the user gets all problems at once.
 * <p>
 * Built for a register of a million cases and more (figures in docs/benchmarks.md):
 * <ul>
 * <li>Memory stays flat: the CSV is read one row at a time ({@link CaseCsvRows}), rows go to the database in
 * batches of {@link CaseStore#CHUNK}, and what is remembered across rows is hashes, not rows: the file's numbers for
 * duplicates ({@link CaseNumberSet}) and the register's numbers in the store, about 24 MB each per million cases,
 * plus at most {@link ProblemList#MAX} problems.</li>
 * <li>One transaction, one commit: the all-or-nothing contract of ledger imports (and a cancel) costs a rollback, not
 * a clean-up. Derby keeps the whole transaction in its log until the commit (1.3 GB for a million new cases on
 * disk, freed at the checkpoint after the commit); intermediate commits would be faster on nothing that matters and would leave
 * half a file behind on an error.</li>
 * <li>Progress and cancel every 1,000 rows, by the share of bytes read, so that a Job shows a true bar.</li>
 * </ul>
 */
final class CaseImporter {

	/** Where rows come from: a streamed CSV file or a table the platform read. */
	private interface RowSource {
		LedgerRow next(List<LedgerProblem> problems);
	}

	private static final int PROGRESS_EVERY = 1000;
	private static final int PERMILLE = 1000;

	private final DataSource dataSource;
	private final CaseRowParser parser;

	CaseImporter(DataSource dataSource, CaseRowParser parser) {
		this.dataSource = dataSource;
		this.parser = parser;
	}

	/** Streams a CSV file: UTF-8 (BOM or not), or GBK when the bytes are not UTF-8. */
	LedgerImportResult importCsv(Path file, IProgressMonitor monitor) {
		String name = file.getFileName().toString();
		List<Charset> charsets;
		long size;
		try {
			charsets = CaseCsvRows.charsetsFor(file);
			size = Math.max(1, Files.size(file));
		} catch (IOException e) {
			throw fileProblem(name, "无法读取文件：" + e.getMessage());
		}
		SubMonitor progress = SubMonitor.convert(monitor, "导入案件 " + name, PERMILLE);
		for (Charset charset : charsets) {
			progress.setWorkRemaining(PERMILLE);
			long[] read = { 0 };
			try (CaseCsvRows rows = new CaseCsvRows(file, charset, CaseColumns.ALL, n -> read[0] = n)) {
				return run(name, rows::next, progress, () -> (int) (read[0] * PERMILLE / size));
			} catch (CaseCsvRows.NotThisCharsetException e) {
				// the transaction was rolled back; try the next charset from the start
			} catch (IOException e) {
				throw fileProblem(name, "无法读取文件：" + e.getMessage());
			}
		}
		throw fileProblem(name, "文件编码无法识别：既不是 UTF-8 也不是 GBK，请在 Excel 中另存为“CSV UTF-8”");
	}

	/** Imports rows the platform's ledger reader already read (XLSX, or a ledger import of kind cases). */
	LedgerImportResult importRows(String fileName, List<LedgerRow> rows, IProgressMonitor monitor) {
		Iterator<LedgerRow> it = rows.iterator();
		int[] done = { 0 };
		SubMonitor progress = SubMonitor.convert(monitor, "导入案件 " + fileName, PERMILLE);
		return run(fileName, problems -> {
			if (!it.hasNext()) {
				return null;
			}
			done[0]++;
			return it.next();
		}, progress, () -> (int) ((long) done[0] * PERMILLE / Math.max(1, rows.size())));
	}

	private LedgerImportResult run(String fileName, RowSource source, SubMonitor progress,
			java.util.function.IntSupplier permilleDone) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				LedgerImportResult result = store(fileName, source, connection, progress, permilleDone);
				connection.commit();
				return result;
			} catch (RuntimeException | SQLException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new DuchaException(fileName + "：数据库写入失败，未保存任何案件：" + e.getMessage(), e);
		}
	}

	private LedgerImportResult store(String fileName, RowSource source, Connection connection, SubMonitor progress,
			java.util.function.IntSupplier permilleDone) throws SQLException {
		CaseStore store = new CaseStore(connection);
		try {
			ProblemList problems = new ProblemList(fileName);
			CaseNumberSet seen = new CaseNumberSet();
			List<LedgerProblem> rowProblems = new ArrayList<>();
			int rows = 0;
			int reported = 0;
			for (LedgerRow row = source.next(rowProblems); row != null; row = source.next(rowProblems)) {
				rows++;
				LedgerRowValidator v = new LedgerRowValidator(fileName);
				CaseRecord record = parser.parse(row, v);
				if (record != null) {
					int first = seen.addOrFirstRow(record.number().text(), row.rowNumber());
					if (first > 0) {
						v.problem(row, CaseColumns.CASE_NO, "案号“" + record.number().text() + "”与第 " + first + " 行重复");
					}
				}
				problems.addAll(rowProblems);
				rowProblems.clear();
				problems.addAll(v.problems());
				if (problems.isEmpty() && record != null) {
					store.add(record);
				}
				if (rows % PROGRESS_EVERY == 0) {
					int now = permilleDone.getAsInt();
					progress.worked(now - reported);
					reported = now;
					progress.subTask("已读 " + rows + " 行");
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
				}
			}
			problems.addAll(rowProblems);
			problems.throwIfAny();
			store.flush();
			return new LedgerImportResult(DefaultCaseRegister.KIND, fileName, rows, store.inserted(), store.updated());
		} finally {
			store.close();
		}
	}

	private static LedgerValidationException fileProblem(String fileName, String reason) {
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, 0, null, reason)));
	}
}
