package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ProgressPrinter;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cases import FILE [--sheet NAME]}: the case list of the case-management system (CSV in UTF-8 or GBK, or
 * XLSX), upserted by 案号 with progress lines, then the rows skipped (title and 合计 rows). A file with any bad row stores nothing; the error handler prints every problem as
 * file:row:column and exits with 1.
 */
@Command(name = "import")
final class ImportCommand extends CasesSubcommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "file")
	Path file;

	@Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "sheet")
	String sheet;

	ImportCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal actor, PrintWriter out) {
		requireReadable(file);
		ProgressPrinter progress = new ProgressPrinter(out);
		LedgerImportResult result = services.register().importFile(file, sheet, actor, progress);
		progress.done();
		out.println(NLS.bind(Messages.casesImported, new Object[] { result.fileName(), result.rows(),
				result.inserted(), result.updated() }));
		result.notices().forEach(notice -> out.println(NLS.bind(Messages.casesNotice, notice)));
	}
}
