package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

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
@Command(name = "export", description = "导出案件登记：.csv（UTF-8，可筛选，不限件数）或 .xlsx（全部案件，最多 10 万件）")
final class ExportCommand extends CasesSubcommand {

	@Mixin
	Filters filters;

	@Option(names = "--status", paramLabel = "STATUS", description = "状态：在审、中止、已结")
	String status;

	@Parameters(paramLabel = "FILE", description = "导出文件（.csv 或 .xlsx）")
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
				throw new ValidationException("导出 .xlsx 时不能筛选：请导出 .csv，或去掉 --department、--judge、--status");
			}
			rows = services.ledgers().exportFile("cases", file, reader);
		} else {
			CaseQuery query = filters.query(services.directory(), status(), null);
			rows = services.register().exportCsv(file, query, reader, new NullProgressMonitor());
		}
		out.println("已导出 " + rows + " 件案件到 " + file.toAbsolutePath());
	}

	private CaseStatus status() {
		if (status == null) {
			return null;
		}
		CaseStatus parsed = CaseStatus.parse(status);
		if (parsed == null) {
			throw new ValidationException("状态“" + status + "”无效，可填：" + CaseStatus.accepted());
		}
		return parsed;
	}
}
