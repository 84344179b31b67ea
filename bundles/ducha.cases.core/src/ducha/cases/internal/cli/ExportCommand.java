package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import ducha.cases.CaseQuery;
import ducha.cases.CaseStatus;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerFormat;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cases export FILE}: the cases the user may see as a ledger. CSV pages through the register (any size);
 * .xlsx goes through the platform's ledger export (whole register, at most 100,000 cases, no filters).
 */
@Command(name = "export")
final class ExportCommand extends CasesSubcommand {

	@Mixin
	Filters filters;

	@Option(names = "--status", paramLabel = "STATUS")
	String status;

	@Parameters(paramLabel = "FILE", descriptionKey = "file")
	Path file;

	ExportCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal reader, PrintWriter out) {
		requireFolder(file);
		long rows;
		if (LedgerFormat.of(file) == LedgerFormat.XLSX) {
			if (filters.any() || status != null) {
				throw new ValidationException(Messages.xlsxNoFilters);
			}
			rows = services.ledgers().exportFile("cases", file, reader);
		} else {
			CaseQuery query = filters.query(services.directory(), status(), null);
			rows = services.register().exportCsv(file, query, reader, new NullProgressMonitor());
		}
		out.println(NLS.bind(Messages.casesExported, rows, file.toAbsolutePath()));
	}

	private CaseStatus status() {
		if (status == null) {
			return null;
		}
		CaseStatus parsed = CaseStatus.parse(status);
		if (parsed == null) {
			throw new ValidationException(NLS.bind(Messages.badStatus, status, CaseStatus.accepted()));
		}
		return parsed;
	}
}
