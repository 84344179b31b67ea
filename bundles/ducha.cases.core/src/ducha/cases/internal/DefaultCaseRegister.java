package ducha.cases.internal;

import org.eclipse.osgi.util.NLS;
import ducha.core.jpa.Jpa;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseNumber;
import ducha.cases.CasePage;
import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.PageKey;
import ducha.core.DuchaException;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.ledger.CsvCells;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.SheetChoice;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;

/**
 * The case register, and its ledger kind {@code cases} (案件登记) for the platform's ledger commands. Imports stream
 * through the platform's {@link LedgerReader} into {@link CaseImporter} (JDBC batches); reads are JPQL keyset pages.
 */
@Component(service = { CaseRegister.class, LedgerKind.class })
public class DefaultCaseRegister implements CaseRegister, LedgerKind {

	static final String KIND = "cases";
	/** The platform's ledger export holds every row; beyond this the streaming export must be used. */
	private static final int LEDGER_EXPORT_LIMIT = 100_000;

	@Reference
	private CasesUnit unit;

	@Reference
	private DataSource dataSource;

	@Reference
	private LedgerReader reader;

	@Override
	public long count(CaseQuery query, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		if (CaseJpql.seesNothing(reader)) {
			return 0;
		}
		CaseJpql jpql = new CaseJpql().filter(query, reader, LocalDate.now());
		return Jpa.read(unit.emf, em -> jpql.query(em, "select count(c) from CaseEntity c" + jpql.where(), Long.class)
				.getSingleResult());
	}

	@Override
	public CasePage<CaseRecord> page(CaseQuery query, PageKey after, int limit, Principal reader) {
		if (!unit.mayReadPage(reader, limit)) {
			return new CasePage<>(List.of(), null);
		}
		CaseJpql jpql = new CaseJpql().filter(query, reader, LocalDate.now()).after(after, true);
		List<CaseEntity> rows = Jpa.read(unit.emf,
				em -> jpql.query(em, "select c from CaseEntity c" + jpql.where()
						+ " order by c.filingDate desc, c.caseNo desc", CaseEntity.class).setMaxResults(limit + 1)
						.getResultList());
		return page(rows.stream().map(CaseEntity::toRecord).toList(), limit);
	}

	/** A page of at most {@code limit} rows; one row more than the limit means another page follows. */
	static <T> CasePage<T> page(List<T> rows, int limit, java.util.function.Function<T, CaseRecord> record) {
		if (rows.size() <= limit) {
			return new CasePage<>(rows, null);
		}
		List<T> shown = rows.subList(0, limit);
		CaseRecord last = record.apply(shown.get(limit - 1));
		return new CasePage<>(shown, new PageKey(last.filingDate(), last.number().text()));
	}

	private static CasePage<CaseRecord> page(List<CaseRecord> rows, int limit) {
		return page(rows, limit, r -> r);
	}

	@Override
	public Optional<CaseRecord> find(String caseNo, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		String key = CaseNumber.parse(caseNo).text();
		CaseEntity found = Jpa.read(unit.emf, em -> em.find(CaseEntity.class, key));
		if (found == null || !reader.scope().includes(found.departmentCode())) {
			return Optional.empty();
		}
		return Optional.of(found.toRecord());
	}

	@Override
	public LedgerImportResult importFile(Path file, String sheet, Principal actor, IProgressMonitor monitor) {
		return importFile(file, reader.inSheet(SheetChoice.of(this, sheet)), actor, monitor);
	}

	@Override
	public long exportCsv(Path file, CaseQuery query, Principal reader, IProgressMonitor monitor) {
		unit.authorization.check(reader, CasePermissions.READ);
		long total = count(query, reader);
		SubMonitor progress = SubMonitor.convert(monitor, Messages.exportCasesTask, (int) Math.min(Integer.MAX_VALUE, total));
		DepartmentNames departments = unit.directory.departmentNames();
		long written = 0;
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write('\uFEFF');
				CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
				printer.printRecord(CaseColumns.ALL.stream().map(LedgerColumn::header).toList());
				PageKey key = null;
				do {
					CasePage<CaseRecord> page = page(query, key, CasesUnit.MAX_PAGE, reader);
					for (CaseRecord r : page.rows()) {
						printer.printRecord(CsvCells.neutralise(cells(r, departments)));
					}
					written += page.rows().size();
					progress.worked(page.rows().size());
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					key = page.next();
				} while (key != null);
				printer.flush();
			}
		} catch (IOException e) {
			throw new DuchaException(NLS.bind(Messages.writeFailed, file, e.getMessage()), e);
		}
		return written;
	}

	// ---- LedgerKind ----

	@Override
	public String id() {
		return KIND;
	}

	@Override
	public String label() {
		return "案件登记";
	}

	@Override
	public List<LedgerColumn> columns() {
		return CaseColumns.ALL;
	}

	/**
	 * A ledger import of kind {@code cases} streams like {@link #importFile(Path, Principal, IProgressMonitor)},
	 * through the reader given (it reads the sheet chosen).
	 */
	@Override
	public LedgerImportResult importFile(Path file, LedgerReader ledgerReader, Principal actor,
			IProgressMonitor monitor) {
		unit.authorization.check(actor, CasePermissions.IMPORT);
		LedgerImportResult result = importer().importFile(file, ledgerReader, monitor);
		recordImport(result, actor);
		return result;
	}

	@Override
	public LedgerImportResult importTable(LedgerTable table, Principal actor) {
		unit.authorization.check(actor, CasePermissions.IMPORT);
		LedgerImportResult result = importer().importRows(table.fileName(), table.rows());
		recordImport(result, actor);
		return result;
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		long total = count(CaseQuery.ALL, reader);
		if (total > LEDGER_EXPORT_LIMIT) {
			throw new DuchaException(NLS.bind(Messages.registerTooLarge, total, LEDGER_EXPORT_LIMIT));
		}
		DepartmentNames departments = unit.directory.departmentNames();
		List<List<String>> rows = new java.util.ArrayList<>();
		PageKey key = null;
		do {
			CasePage<CaseRecord> page = page(CaseQuery.ALL, key, CasesUnit.MAX_PAGE, reader);
			page.rows().forEach(r -> rows.add(cells(r, departments)));
			key = page.next();
		} while (key != null);
		return rows;
	}

	// ----

	private CaseImporter importer() {
		Set<String> staffNos = unit.directory.staff(StaffQuery.ALL, Principal.system("cases-import")).stream()
				.map(Staff::staffNo).collect(Collectors.toSet());
		return new CaseImporter(dataSource, new CaseRowParser(staffNos, unit.directory.departmentNames(), LocalDate.now()));
	}

	private void recordImport(LedgerImportResult result, Principal actor) {
		unit.audit.record(actor, "cases.import", "case_register", result.fileName(),
				result.rows() + " 行，新增 " + result.inserted() + " 件，更新 " + result.updated() + " 件");
	}

	private static List<String> cells(CaseRecord r, DepartmentNames departments) {
		return List.of(r.number().text(), r.cause(), r.judgeNo(),
				departments.name(r.departmentCode()), r.filingDate().toString(),
				text(r.procedure()), r.closedDate() == null ? "" : r.closedDate().toString(), text(r.closingMethod()),
				r.status().label(), r.partyCount() == null ? "" : r.partyCount().toString());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
