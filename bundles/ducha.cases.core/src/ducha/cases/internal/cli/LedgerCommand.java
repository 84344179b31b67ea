package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.GroupCommand;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cases ledger import|export|template KIND FILE}: the review ledgers (评查通报、评查问题、提醒谈话、整改跟踪) and the
 * orders ledger (督办台账) as .xlsx or .csv files, all rows or none; an import may name the workbook's sheet
 * ({@code --sheet}) and lists the rows skipped.
 */
abstract class LedgerCommand extends CasesSubcommand {

	/** Short names on the command line and the ledger kinds they stand for. */
	static final List<String> KINDS = List.of("bulletins", "findings", "talks", "followups", "orders");

	@Parameters(index = "0", paramLabel = "KIND", descriptionKey = "kind")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "ledger-file")
	Path file;

	LedgerCommand(CliServices services) {
		super(services);
	}

	/** What the command does with the ledger kind {@code id} and the file. */
	abstract void run(String id, Principal actor, PrintWriter out);

	@Override
	final void run(Principal actor, PrintWriter out) {
		String n = kind.startsWith("cases.") ? kind.substring("cases.".length()) : kind;
		if (!KINDS.contains(n)) {
			throw new ValidationException(NLS.bind(Messages.unknownLedger, kind, String.join(", ", KINDS)));
		}
		run("cases." + n, actor, out);
	}

	/** The group only holds the three commands. */
	@Command(name = "ledger")
	static final class Group extends GroupCommand {
	}

	@Command(name = "import")
	static final class Import extends LedgerCommand {

		@Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "sheet")
		String sheet;

		Import(CliServices services) {
			super(services);
		}

		@Override
		void run(String id, Principal actor, PrintWriter out) {
			requireReadable(file);
			LedgerImportResult result = services.ledgers().importFile(id, file, sheet, actor, null);
			out.println(NLS.bind(Messages.ledgerImported, new Object[] { result.fileName(), result.rows(),
					result.inserted(), result.updated() }));
			result.notices().forEach(notice -> out.println(NLS.bind(Messages.casesNotice, notice)));
		}
	}

	@Command(name = "export")
	static final class Export extends LedgerCommand {

		Export(CliServices services) {
			super(services);
		}

		@Override
		void run(String id, Principal actor, PrintWriter out) {
			requireFolder(file);
			int rows = services.ledgers().exportFile(id, file, actor);
			out.println(NLS.bind(Messages.ledgerExported, rows, file.toAbsolutePath()));
		}
	}

	@Command(name = "template")
	static final class Template extends LedgerCommand {

		Template(CliServices services) {
			super(services);
		}

		@Override
		void run(String id, Principal actor, PrintWriter out) {
			requireFolder(file);
			services.ledgers().writeTemplate(id, file);
			out.println(NLS.bind(Messages.templateWritten, file.toAbsolutePath()));
		}
	}
}
